package com.cinema.booking.domain;

import com.cinema.booking.persistence.HoldStore;
import com.cinema.booking.persistence.SqlFailures;
import com.cinema.booking.persistence.Transactions;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 4 of the saga: turns HELD bookings whose time is up into EXPIRED and frees their seats, every
 * {@code cinema.booking.hold-sweep-interval}. Each expiry is a conditional UPDATE in its own transaction
 * whose affected-row count decides, so every replica may sweep at once. Also prunes old seat events and
 * refreshes the active-holds gauge.
 */
@ApplicationScoped
public class HoldSweeper {

    private static final Logger LOG = Logger.getLogger(HoldSweeper.class.getName());
    private static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    HoldStore holds;

    @Inject
    Transactions transactions;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    private volatile ScheduledFuture<?> task;
    private volatile Instant lastPrune = Instant.EPOCH;

    void start(@Observes SchemaMigrated migrated) {
        long interval = Math.max(100, settings.holdSweepInterval().toMillis());
        task = executor.scheduleWithFixedDelay(this::sweepSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Sweeping expired holds every " + settings.holdSweepInterval());
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void sweepSafely() {
        try {
            sweep(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sweeping expired holds failed; trying again next time: " + e, e);
        }
    }

    /** Expires every due hold (in batches); returns how many this call expired. */
    public int sweep(Instant now) {
        int expired = 0;
        List<Long> due;
        int rounds = 0;
        do {
            due = transactions.run(() -> holds.dueHolds(now, BATCH));
            for (Long bookingId : due) {
                try {
                    if (transactions.run(() -> holds.endHold(bookingId, BookingStatus.EXPIRED.name(), null, true, now))) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    if (!SqlFailures.isTransient(e)) {
                        throw e;
                    }
                    // Another replica or a hold request is working on it; the next sweep looks again.
                }
            }
        } while (due.size() == BATCH && ++rounds < 10);
        metrics.holdsExpired(expired);
        if (lastPrune.plus(Duration.ofMinutes(1)).isBefore(now)) {
            lastPrune = now;
            transactions.run(() -> holds.pruneEvents(now.minus(settings.seatEventRetention())));
        }
        metrics.activeHolds(transactions.run(() -> holds.activeHolds(now)));
        if (expired > 0) {
            int count = expired;
            LOG.fine(() -> "Expired " + count + " holds");
        }
        return expired;
    }
}
