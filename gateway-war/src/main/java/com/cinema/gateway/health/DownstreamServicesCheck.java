package com.cinema.gateway.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reports each service's readiness in the gateway's own readiness data. It stays UP while services are
 * down: a gateway that can still serve the healthy services must not be taken out of rotation.
 */
@Readiness
@ApplicationScoped
public class DownstreamServicesCheck implements HealthCheck {

    static final List<String> SERVICES = List.of("user", "movie", "cinema", "booking", "payment", "coupon");

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "cinema.health.downstream-timeout-ms", defaultValue = "1000")
    long timeoutMs;

    private final Map<String, ServiceHealthApi> clients = new LinkedHashMap<>();

    @PostConstruct
    void buildClients() {
        for (String service : SERVICES) {
            String url = config.getValue("cinema.services." + service + ".url", String.class);
            clients.put(service, RestClientBuilder.newBuilder()
                    .baseUri(URI.create(url))
                    .connectTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                    .readTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                    .build(ServiceHealthApi.class));
        }
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> probes = new LinkedHashMap<>();
        clients.forEach((service, client) -> probes.put(service, CompletableFuture.supplyAsync(() -> probe(client))));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream-services").up();
        probes.forEach((service, status) -> response.withData(service, status.join()));
        return response.build();
    }

    private static String probe(ServiceHealthApi client) {
        try (var answer = client.ready()) {
            return answer.getStatus() == 200 ? "UP" : "DOWN";
        } catch (RuntimeException e) {
            return "DOWN";
        }
    }
}
