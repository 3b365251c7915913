package com.cinema.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Readiness of the server's own GraphQL endpoint: a trivial query ({@code {__typename}}) sent over loopback must
 * come back as data. A server whose GraphQL servlet failed to start, or whose filters refuse everything, answers
 * the health endpoint but not its API, and must not be sent traffic (docs/architecture.md, "Observability").
 *
 * <p>Every server has it (platform-common); the query touches no database and no other service.
 */
@Readiness
@ApplicationScoped
public class GraphQlEndpointCheck implements HealthCheck {

    static final String NAME = "graphql";
    private static final String QUERY = "{\"query\":\"{ __typename }\"}";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            // Liberty 26.0.0.3 hangs on a cleartext HTTP/2 upgrade (README, known platform quirks).
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @Inject
    @ConfigProperty(name = "http.port", defaultValue = "9080")
    int httpPort;

    /** Where to ask; by default this server's own HTTP port on loopback. */
    @Inject
    @ConfigProperty(name = "cinema.health.graphql-url")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "cinema.health.graphql-timeout-ms", defaultValue = "2000")
    long timeoutMs;

    @Override
    public HealthCheckResponse call() {
        URI uri = URI.create(endpoint.orElse("http://127.0.0.1:" + httpPort + "/graphql"));
        Probe probe = probe(uri, Duration.ofMillis(timeoutMs));
        return HealthCheckResponse.named(NAME).status(probe.up()).withData("result", probe.detail()).build();
    }

    /** What one probe found: UP or not, and the HTTP status or the failure's kind. */
    record Probe(boolean up, String detail) {
    }

    static Probe probe(URI uri, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            // {"data":{"__typename":"Query"}}: the schema was built and the engine ran the query.
            boolean answered = answer.statusCode() == 200 && answer.body().contains("\"__typename\"")
                    && answer.body().contains("\"Query\"");
            return new Probe(answered, "HTTP " + answer.statusCode());
        } catch (IOException e) {
            return new Probe(false, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted");
        }
    }
}
