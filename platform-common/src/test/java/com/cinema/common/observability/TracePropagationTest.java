package com.cinema.common.observability;

import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A typed client's call carries the caller's trace to the called service as a W3C traceparent header. */
class TracePropagationTest {

    private static final GraphQlOperation<String> PING = GraphQlOperation.query("ping", String.class);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    private HttpServer server;
    private final AtomicReference<String> traceparent = new AtomicReference<>();
    private GraphQlClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            traceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
            byte[] bytes = "{\"data\":{\"ping\":\"pong\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        client = GraphQlClient.connect("movie", "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theCurrentSpanTravelsAsTraceparent() {
        Span caller = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.getDefault()));
        try (Scope ignored = caller.makeCurrent()) {
            assertThat(client.execute(PING, null)).isEqualTo("pong");
        }
        assertThat(traceparent.get()).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
    }

    @Test
    void noTraceNoHeader() {
        assertThat(client.execute(PING, null)).isEqualTo("pong");
        assertThat(traceparent.get()).isNull();
    }
}
