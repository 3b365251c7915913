package com.cinema.common.health;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL readiness check against a real HTTP server: UP only when the query comes back as data. */
class GraphQlEndpointCheckTest {

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> asked = new AtomicReference<>();
    private URI uri;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            asked.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void upWhenTheQueryIsAnswered() {
        answer.set("{\"data\":{\"__typename\":\"Query\"}}");
        GraphQlEndpointCheck.Probe probe = GraphQlEndpointCheck.probe(uri, Duration.ofSeconds(2));
        assertThat(probe.up()).isTrue();
        assertThat(probe.detail()).isEqualTo("HTTP 200");
        assertThat(asked.get()).contains("__typename");
    }

    @Test
    void downWhenTheServletFails() {
        status.set(500);
        answer.set("<html>Error 500: SRVE0777E</html>");
        assertThat(GraphQlEndpointCheck.probe(uri, Duration.ofSeconds(2)).up()).isFalse();
    }

    @Test
    void downWhenTheAnswerIsOnlyErrors() {
        answer.set("{\"errors\":[{\"message\":\"schema not built\"}],\"data\":null}");
        assertThat(GraphQlEndpointCheck.probe(uri, Duration.ofSeconds(2)).up()).isFalse();
    }

    @Test
    void downWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GraphQlEndpointCheck.Probe probe = GraphQlEndpointCheck.probe(
                URI.create("http://127.0.0.1:" + closedPort + "/graphql"), Duration.ofSeconds(2));
        assertThat(probe.up()).isFalse();
        assertThat(probe.detail()).isEqualTo("ConnectException");
    }
}
