package com.cinema.gateway.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A service's own MicroProfile Health readiness endpoint. */
@Path("/health")
public interface ServiceHealthApi {

    @GET
    @Path("/ready")
    Response ready();
}
