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
    private Counter released;
    private Counter checkedIn;
    private final AtomicLong active = new AtomicLong();

    @PostConstruct
    void register() {
        // Prometheus names (docs/architecture.md, "Observability"): counters end in _total, no ids in tags.
        conflicts = registry.counter(Metadata.builder().withName("seat_hold_conflicts")
                .withDescription("Seat hold requests refused because a seat was already held or sold").build());
        expired = registry.counter(Metadata.builder().withName("holds_expired")
                .withDescription("Seat holds that ran out before payment and were returned by the sweeper").build());
        held = registry.counter(Metadata.builder().withName("holds_created")
                .withDescription("Seat holds created (one per booking, however many seats)").build());
        released = registry.counter(Metadata.builder().withName("holds_released")
                .withDescription("Seat holds given back by their customer before paying").build());
        checkedIn = registry.counter(Metadata.builder().withName("tickets_checked_in")
                .withDescription("Tickets admitted at the door (each ticket once)").build());
        registry.gauge(Metadata.builder().withName("holds_active")
                .withDescription("Seat holds currently active across every replica (read from the database by "
                        + "the hold sweeper)").build(), active, AtomicLong::get);
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

    public void holdReleased() {
        released.inc();
    }

    public void ticketsCheckedIn(int count) {
        if (count > 0) {
            checkedIn.inc(count);
        }
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
