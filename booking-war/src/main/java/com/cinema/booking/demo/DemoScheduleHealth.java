package com.cinema.booking.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the demo week of showtimes exists, when demo data is wanted; always UP otherwise. */
@Readiness
@ApplicationScoped
public class DemoScheduleHealth implements HealthCheck {

    @Inject
    DemoSchedule demo;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo-schedule")
                .status(!demo.required() || demo.ready())
                .withData("progress", demo.progress())
                .build();
    }
}
