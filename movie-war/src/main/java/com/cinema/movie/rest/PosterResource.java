package com.cinema.movie.rest;

import com.cinema.movie.domain.MoviePoster;
import com.cinema.movie.domain.MoviePosters;
import com.cinema.movie.domain.PosterImage;
import com.cinema.movie.persistence.PosterRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * A movie's poster image: {@code PUT /api/movies/{id}/poster} (staff; the raw image as the body, checked by
 * its content whatever Content-Type says) and {@code GET /api/movies/{id}/poster} (public, with an ETag;
 * a matching If-None-Match gives 304). Errors are JSON: {@code {"code","field","message"}}.
 */
@Path("/movies/{id}/poster")
@RequestScoped
public class PosterResource {

    @Inject
    MoviePosters posters;

    @Inject
    @ConfigProperty(name = "cinema.movie.poster.max-bytes", defaultValue = "2097152")
    long maxBytes;

    @Context
    SecurityContext security;

    @GET
    public Response poster(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Long movieId = parse(id);
        if (movieId == null) {
            return notFound(id);
        }
        Optional<PosterRepository.Meta> meta = posters.meta(movieId);
        if (meta.isEmpty()) {
            return notFound(id);
        }
        String etag = quoted(meta.get().etag());
        if (matches(ifNoneMatch, meta.get().etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        Optional<MoviePoster> poster = posters.find(movieId);
        if (poster.isEmpty()) {
            return notFound(id);
        }
        return Response.ok(poster.get().getBytes(), poster.get().getContentType())
                .header(HttpHeaders.ETAG, quoted(poster.get().getEtag()))
                .build();
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                           InputStream body) throws IOException {
        if (security.getUserPrincipal() == null) {
            return error(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED", null, "Please sign in to do that");
        }
        if (!security.isUserInRole("ADMIN")) {
            return error(Response.Status.FORBIDDEN, "FORBIDDEN", null, "Only staff may change posters");
        }
        Long movieId = parse(id);
        if (movieId == null || !posters.movieExists(movieId)) {
            return error(Response.Status.NOT_FOUND, "NOT_FOUND", null, "Movie " + id + " was not found");
        }
        if (contentLength != null && contentLength > maxBytes) {
            return tooLarge();
        }
        byte[] bytes = readAtMost(body, maxBytes + 1);
        PosterImage image;
        try {
            image = PosterImage.inspect(bytes, maxBytes);
        } catch (PosterImage.Rejected rejected) {
            return error(Response.Status.fromStatusCode(rejected.status()), "VALIDATION", "poster", "poster: " + rejected.getMessage());
        }
        if (!posters.store(movieId, image)) {
            return notFound(id);
        }
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("movieId", String.valueOf(movieId))
                .add("contentType", image.contentType())
                .add("size", image.bytes().length)
                .add("etag", image.etag())
                .add("posterUrl", "/api/posters/" + movieId + "?v=" + PosterImage.version(image.etag()));
        if (image.width() != null) {
            answer.add("width", image.width()).add("height", image.height());
        }
        return Response.ok(answer.build().toString(), MediaType.APPLICATION_JSON).build();
    }

    private Response tooLarge() {
        return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "VALIDATION", "poster",
                "poster: the image is larger than " + maxBytes + " bytes");
    }

    /** Reads the body, but never more than {@code limit} bytes (a larger body is refused, not buffered). */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    /** True when If-None-Match names this entity tag (weak or strong, any in a list) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response notFound(String id) {
        return error(Response.Status.NOT_FOUND, "NOT_FOUND", null, "No poster for movie " + id);
    }

    static Response error(Response.StatusType status, String code, String field, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code);
        if (field != null) {
            body.add("field", field);
        }
        body.add("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build().toString()).build();
    }
}
