package com.cinema.common.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the request path. {@link jakarta.json.Json}'s static methods look the provider up
 * anew on every call (a service-loader pass and an OSGi probe that throws a ClassNotFoundException inside
 * Liberty): 4-5 % of the gateway's and of the booking service's CPU under the seat-hold benchmark (issue #16).
 * A provider is thread-safe, so one serves every request.
 */
public final class JsonP {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }
}
