package com.cinema.booking.domain;

import com.cinema.common.task.PeriodicTask;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every {@code cinema.booking.hold-sweep-interval}: expires the holds that ran out ({@link HoldExpiry}, safe
 * on every replica at once), offers seats still free to waiting waitlist entries and closes, with a notice, those
 * still waiting once their showtime has started ({@link WaitlistOffers}), queues the reminders of showings near
 * ({@link BookingReminders}), prunes old seat events once a minute and
 * refreshes the active-holds gauge from the database, so every replica reports the platform-wide number.
 */
@ApplicationScoped
public class HoldSweeper {

    private static final Logger LOG = Logger.getLogger(HoldSweeper.class.getName());
    private static final Duration PRUNE_INTERVAL = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    HoldExpiry expiry;

    @Inject
    SeatEvents events;

    @Inject
    BookingStore bookings;

    @Inject
    Transactions transactions;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    @Inject
    WaitlistOffers waitlist;

    @Inject
    BookingReminders reminders;

    @Inject
    Clock clock;

    private volatile PeriodicTask task;
    private volatile Instant lastPrune = Instant.EPOCH;

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(settings.holdSweepInterval(), executor, LOG, "Sweeping expired holds",
                () -> sweep(clock.instant()));
        LOG.info(() -> "Sweeping expired holds every " + settings.holdSweepInterval());
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    /**
     * One sweep at {@code now}; returns how many holds it expired. Expiring holds comes first; each later step runs
     * even when an earlier one failed (a deadlock closing waitlist entries must not stop the pruning and the gauge,
     * round after round) and is logged and tried again on the next sweep.
     */
    public int sweep(Instant now) {
        int expired = expiry.expireRunOut(now);
        if (expired > 0) {
            LOG.fine(() -> "Expired " + expired + " holds");
        }
        // The waitlist's safety net: seats free while entries wait (docs/decisions/0012-waitlist.md).
        step("Offering free seats to waitlist entries", () -> {
            int offered = waitlist.safetyNet(now);
            if (offered > 0) {
                LOG.fine(() -> "Offered free seats to " + offered + " waitlist entries");
            }
        });
        step("Closing waitlist entries of started showtimes", () -> {
            int closed = waitlist.closeStarted(now);
            if (closed > 0) {
                LOG.fine(() -> "Closed " + closed + " waitlist entries of showtimes that have started");
            }
        });
        step("Queueing reminders of showings", () -> {
            int reminded = reminders.queueDue(now);
            if (reminded > 0) {
                LOG.fine(() -> "Queued reminders for " + reminded + " bookings");
            }
        });
        if (lastPrune.plus(PRUNE_INTERVAL).isBefore(now)) {
            step("Pruning old seat events", () -> {
                transactions.inOne(() -> events.prune(now.minus(settings.seatEventRetention())));
                lastPrune = now;
            });
        }
        step("Counting active holds", () -> metrics.activeHolds(transactions.inOne(() -> bookings.activeHolds(now))));
        return expired;
    }

    /** One step of the sweep: whatever it throws is logged (PeriodicTask's warning) and the sweep goes on. */
    private static void step(String what, Runnable work) {
        PeriodicTask.guarded(LOG, what, work).run();
    }
}
