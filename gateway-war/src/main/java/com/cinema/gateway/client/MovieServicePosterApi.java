package com.cinema.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The movie service's poster REST endpoints as the gateway calls them (MicroProfile Rest Client). */
@Path("/api/movies/{id}/poster")
public interface MovieServicePosterApi {

    @GET
    Response poster(@PathParam("id") String movieId, @HeaderParam("If-None-Match") String ifNoneMatch);

    @PUT
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Response upload(@PathParam("id") String movieId, @HeaderParam("Authorization") String authorization, byte[] image);
}
