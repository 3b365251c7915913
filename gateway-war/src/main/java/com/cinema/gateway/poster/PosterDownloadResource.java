package com.cinema.gateway.poster;

import com.cinema.common.error.ApiException;
import com.cinema.gateway.client.MovieServicePosters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/posters/{movieId}} (docs/api.md, "REST endpoints"), public: the movie service's image with its
 * ETag, cacheable for a day (a movie's posterUrl changes with the image), 304 on a matching If-None-Match.
 */
@Path("/posters")
@RequestScoped
public class PosterDownloadResource {

    static final String CACHE_FOR_A_DAY = "public, max-age=86400";

    @Inject
    MovieServicePosters posters;

    @GET
    @Path("{movieId}")
    public Response poster(@PathParam("movieId") String movieId,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MovieServicePosters.Reply reply;
        try {
            reply = posters.poster(movieId, ifNoneMatch);
        } catch (ApiException e) {
            return PosterResponses.error(503, e.code().name(), null, e.getMessage());
        }
        if (reply.status() == 200 || reply.status() == 304) {
            Response.ResponseBuilder answer = reply.status() == 200
                    ? Response.ok(reply.body(), reply.contentType())
                    : Response.notModified();
            if (reply.etag() != null) {
                answer.header(HttpHeaders.ETAG, reply.etag());
            }
            return answer.header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_DAY).build();
        }
        String type = reply.contentType() == null ? MediaType.APPLICATION_JSON : reply.contentType();
        return Response.status(reply.status()).type(type).entity(reply.body()).build();
    }
}
