package com.cinema.booking.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

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

    /** How checkouts ended: confirmed, declined, coupon_invalid, hold_expired, pending (outcome unknown yet). */
    public void checkout(String outcome) {
        registry.counter(Metadata.builder().withName("booking_checkouts")
                .withDescription("Checkout attempts by outcome: confirmed, declined, coupon_invalid, hold_expired, "
                        + "pending (outcome not known yet, left to the reconciler)").build(),
                new Tag("outcome", outcome)).inc();
    }

    /** A payment given back, by why: cancelled (customer), staff, showtime_cancelled, unconfirmable. */
    public void refund(String kind) {
        registry.counter(Metadata.builder().withName("booking_refunds")
                .withDescription("Payments refunded by the booking service, by why: cancelled (by the customer), "
                        + "staff, showtime_cancelled, unconfirmable (paid but could no longer be confirmed)").build(),
                new Tag("kind", kind)).inc();
    }

    /** A PAYMENT_PENDING booking settled by the reconciler: confirmed, refunded, returned (to HELD/EXPIRED). */
    public void reconciled(String decision) {
        registry.counter(Metadata.builder().withName("booking_checkouts_reconciled")
                .withDescription("PAYMENT_PENDING bookings settled by the reconciler: confirmed, refunded, returned "
                        + "(to HELD or EXPIRED)").build(),
                new Tag("decision", decision)).inc();
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
