package com.cinema.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Start-up check of demo data (docs/architecture.md, "Observability"): UP once every demo data loader of this
 * server has loaded its data or is not wanted ({@code cinema.demo-data.enabled=false}), DOWN while one is still
 * loading or has failed; each loader's state is in the data. A server without demo data (the gateway) is UP.
 */
@Startup
@ApplicationScoped
public class DemoDataCheck implements HealthCheck {

    static final String NAME = "demo-data";

    @Inject
    @Any
    Instance<DemoData> loaders;

    @Override
    public HealthCheckResponse call() {
        Report report = report(loaders);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(report.up());
        report.data().forEach(response::withData);
        return response.build();
    }

    /** The check's answer: up or not, and each loader's state by name. */
    record Report(boolean up, Map<String, String> data) {
    }

    static Report report(Iterable<DemoData> loaders) {
        Map<String, String> data = new LinkedHashMap<>();
        boolean up = true;
        for (DemoData loader : loaders) {
            DemoDataState state = loader.state();
            up &= state.settled();
            data.put(loader.name(), state.describe());
        }
        if (data.isEmpty()) {
            data.put("loaders", "none in this service");
        }
        return new Report(up, data);
    }
}
