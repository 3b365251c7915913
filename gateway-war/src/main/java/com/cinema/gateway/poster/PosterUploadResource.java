package com.cinema.gateway.poster;

import com.cinema.common.error.ApiException;
import com.cinema.gateway.client.CatalogueCache;
import com.cinema.gateway.client.MovieServicePosters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code PUT /api/admin/movies/{id}/poster} (docs/api.md, "REST endpoints"), staff only: the raw image as the
 * body. The gateway checks the role and the size before it carries anything on; the movie service checks both
 * again, checks the content (PNG, JPEG, WebP) and stores it. Its answers, errors included, are relayed as they are.
 */
@Path("/admin/movies")
@RequestScoped
public class PosterUploadResource {

    @Inject
    MovieServicePosters posters;

    @Inject
    CatalogueCache catalogue;

    @Inject
    @ConfigProperty(name = "cinema.gateway.poster.max-bytes", defaultValue = "2097152")
    long maxBytes;

    @Context
    SecurityContext security;

    @PUT
    @Path("{id}/poster")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") String movieId,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           InputStream body) throws IOException {
        if (security.getUserPrincipal() == null) {
            return PosterResponses.error(401, "UNAUTHENTICATED", null, "Please sign in to do that");
        }
        if (!security.isUserInRole("ADMIN")) {
            return PosterResponses.error(403, "FORBIDDEN", null, "Only staff may change posters");
        }
        if (contentLength != null && contentLength > maxBytes) {
            return tooLarge();
        }
        byte[] image = PosterResponses.readAtMost(body, maxBytes + 1);
        if (image.length > maxBytes) {
            return tooLarge();
        }
        MovieServicePosters.Reply reply;
        try {
            reply = posters.upload(movieId, authorization, image);
        } catch (ApiException e) {
            return PosterResponses.error(503, e.code().name(), null, e.getMessage());
        } finally {
            // posterUrl carries the image's version.
            catalogue.forgetMovies();
        }
        String type = reply.contentType() == null ? MediaType.APPLICATION_JSON : reply.contentType();
        return Response.status(reply.status()).type(type).entity(reply.body()).build();
    }

    private Response tooLarge() {
        return PosterResponses.error(413, "VALIDATION", "poster", "poster: the image is larger than " + maxBytes + " bytes");
    }
}
