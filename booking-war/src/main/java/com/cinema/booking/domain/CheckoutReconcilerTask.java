package com.cinema.booking.domain;

import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the {@link CheckoutReconciler} every {@code cinema.booking.reconcile-interval}, on every replica. */
@ApplicationScoped
public class CheckoutReconcilerTask {

    private static final Logger LOG = Logger.getLogger(CheckoutReconcilerTask.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CheckoutReconciler reconciler;

    @Inject
    BookingSettings settings;

    private volatile ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        long interval = Math.max(100, settings.reconcileInterval().toMillis());
        task = executor.scheduleWithFixedDelay(this::runSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Reconciling unfinished checkouts every " + settings.reconcileInterval() + " (older than "
                + settings.reconcileAfter() + ")");
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Whatever a run throws, the schedule goes on (a thrown error would end a fixed-delay task for good). */
    private void runSafely() {
        try {
            CheckoutReconciler.Run run = reconciler.reconcile();
            if (run.confirmed() + run.returned() + run.refunded() + run.failed() > 0) {
                LOG.info(() -> "Reconciler: " + run);
            }
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "Reconciling checkouts failed; trying again next time: " + e, e);
        }
    }
}
