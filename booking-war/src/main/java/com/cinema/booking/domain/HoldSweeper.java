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
 * still waiting once their showtime has started ({@link WaitlistOffers}), prunes old seat events once a minute and
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

    /** One sweep at {@code now}; returns how many holds it expired. */
    public int sweep(Instant now) {
        int expired = expiry.expireRunOut(now);
        // The waitlist's safety net: seats free while entries wait (docs/decisions/0012-waitlist.md).
        int offered = waitlist.safetyNet(now);
        int closed = waitlist.closeStarted(now);
        if (closed > 0) {
            LOG.fine(() -> "Closed " + closed + " waitlist entries of showtimes that have started");
        }
        if (offered > 0) {
            LOG.fine(() -> "Offered free seats to " + offered + " waitlist entries");
        }
        if (lastPrune.plus(PRUNE_INTERVAL).isBefore(now)) {
            lastPrune = now;
            transactions.inOne(() -> events.prune(now.minus(settings.seatEventRetention())));
        }
        metrics.activeHolds(transactions.inOne(() -> bookings.activeHolds(now)));
        if (expired > 0) {
            LOG.fine(() -> "Expired " + expired + " holds");
        }
        return expired;
    }
}
