package com.cinema.booking.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.concurrent.atomic.AtomicLong;

/** Business metrics of the booking service (docs/architecture.md, operations), in the application scope of /metrics. */
@ApplicationScoped
public class BookingMetrics {

    @Inject
    MetricRegistry registry;

    private Counter conflicts;
    private Counter expired;
    private Counter held;
    private final AtomicLong active = new AtomicLong();

    @PostConstruct
    void register() {
        conflicts = registry.counter("seat_hold_conflicts");
        expired = registry.counter("holds_expired");
        held = registry.counter("holds_created");
        registry.gauge("holds_active", active, AtomicLong::get);
    }

    public void holdConflict() {
        conflicts.inc();
    }

    public void holdCreated() {
        held.inc();
    }

    public void holdsExpired(int count) {
        if (count > 0) {
            expired.inc(count);
        }
    }

    /** Set by the sweeper from the database, so every replica reports the platform-wide number. */
    public void activeHolds(long count) {
        active.set(count);
    }
}
