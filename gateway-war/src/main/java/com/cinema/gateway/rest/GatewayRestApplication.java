package com.cinema.gateway.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * REST on the gateway is for what GraphQL carries badly: binary data (posters, tickets, CSV exports) and
 * streams (seat events). Everything else goes through {@code /graphql}.
 */
@ApplicationPath("/api")
public class GatewayRestApplication extends Application {
}
