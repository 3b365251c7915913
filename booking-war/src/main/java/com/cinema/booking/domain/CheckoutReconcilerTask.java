package com.cinema.booking.domain;

import com.cinema.common.task.PeriodicTask;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

    private volatile PeriodicTask task;

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(settings.reconcileInterval(), executor, LOG, "Reconciling checkouts", this::reconcile);
        LOG.info(() -> "Reconciling unfinished checkouts every " + settings.reconcileInterval() + " (older than "
                + settings.reconcileAfter() + ")");
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    private void reconcile() {
        CheckoutReconciler.Run run = reconciler.reconcile();
        if (run.confirmed() + run.returned() + run.refunded() + run.failed() > 0) {
            LOG.info(() -> "Reconciler: " + run);
        }
    }
}
