package com.cinema.coupon.domain;

import com.cinema.common.task.PeriodicTask;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The coupon service's own time-out: a reservation never redeemed nor released (the booking service's
 * release was lost) is released once its expiry plus {@code cinema.coupon.reservation.release-grace} has
 * passed, every {@code cinema.coupon.reservation.sweep-interval}. Each release is a conditional UPDATE in
 * its own transaction, so every replica may sweep at once; a row that fails is logged and skipped (the
 * next sweep tries it again), and no throwable ends the schedule.
 */
@ApplicationScoped
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CouponLedger ledger;

    @Inject
    CouponSettings settings;

    @Inject
    CouponMetrics metrics;

    private volatile PeriodicTask task;

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(settings.sweepInterval(), executor, LOG, "Releasing timed-out coupon reservations",
                () -> sweep(Instant.now()));
        LOG.info(() -> "Releasing timed-out coupon reservations every " + settings.sweepInterval());
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    /** Releases every reservation due now (walking by id, so a failing row never hides the rest). */
    public int sweep(Instant now) {
        Instant dueBy = now.minus(settings.releaseGrace());
        int released = 0;
        long after = 0;
        List<Long> due;
        do {
            due = ledger.due(dueBy, after, BATCH);
            for (Long id : due) {
                after = id;
                if (releaseOne(id, dueBy, now)) {
                    released++;
                }
            }
        } while (due.size() == BATCH);
        if (released > 0) {
            int count = released;
            LOG.info(() -> "Released " + count + " timed-out coupon reservations");
        }
        return released;
    }

    @SuppressWarnings("java:S1181")
    private boolean releaseOne(long id, Instant dueBy, Instant now) {
        try {
            boolean released = ledger.releaseIfDue(id, dueBy, now);
            if (released) {
                metrics.released();
            }
            return released;
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "Could not release timed-out coupon reservation " + id + "; skipped until the "
                    + "next sweep: " + e, e);
            return false;
        }
    }
}
