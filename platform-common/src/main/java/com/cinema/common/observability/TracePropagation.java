package com.cinema.common.observability;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;

import java.net.http.HttpRequest;

/**
 * Carries the current trace over the typed clients' calls (docs/architecture.md, "Observability"). Liberty's
 * MicroProfile Telemetry instruments its own REST clients, not the JDK HttpClient that {@code GraphQlClient} uses,
 * so the W3C {@code traceparent} (and {@code tracestate}) header is written here from the current OpenTelemetry
 * context: the called service's server span then joins the caller's trace.
 *
 * <p>The OpenTelemetry API comes from Liberty's {@code mpTelemetry} feature (a "stable" API package, visible to
 * every application); where it is missing, as on a server without the feature, calls go out without the header.
 */
public final class TracePropagation {

    private static final boolean AVAILABLE = apiPresent();

    private TracePropagation() {
    }

    /** Adds the current trace context to the request, if there is one. */
    public static void inject(HttpRequest.Builder request) {
        if (AVAILABLE) {
            W3c.inject(request);
        }
    }

    private static boolean apiPresent() {
        try {
            Class.forName("io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator", false,
                    TracePropagation.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Only loaded once the API is known to be there. */
    private static final class W3c {
        private static final TextMapSetter<HttpRequest.Builder> HEADER = (builder, name, value) -> {
            if (builder != null) {
                builder.setHeader(name, value);
            }
        };

        static void inject(HttpRequest.Builder request) {
            W3CTraceContextPropagator.getInstance().inject(Context.current(), request, HEADER);
        }
    }
}
