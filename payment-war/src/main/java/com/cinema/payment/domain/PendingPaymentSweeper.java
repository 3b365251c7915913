package com.cinema.payment.domain;

import com.cinema.payment.persistence.PaymentRepository;
import com.cinema.payment.persistence.Transactions;
import com.cinema.common.task.PeriodicTask;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * A payment still PENDING after {@code cinema.payment.pending-timeout} was never captured (the server
 * stopped, or the processor's answer was lost): it becomes FAILED ("processing interrupted") and nothing was
 * taken. One conditional UPDATE, so every replica may sweep at once; a capture arriving later finds the
 * payment no longer PENDING and undoes itself.
 */
@ApplicationScoped
public class PendingPaymentSweeper {

    private static final Logger LOG = Logger.getLogger(PendingPaymentSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PaymentRepository payments;

    @Inject
    Transactions transactions;

    @Inject
    PaymentSettings settings;

    @Inject
    PaymentMetrics metrics;

    private volatile PeriodicTask task;

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(settings.pendingSweepInterval(), executor, LOG, "Failing interrupted payments",
                () -> sweep(Instant.now()));
        LOG.info(() -> "Failing payments PENDING longer than " + settings.pendingTimeout()
                + ", checked every " + settings.pendingSweepInterval());
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    /** Fails every payment PENDING since before {@code now - pending-timeout}; returns how many. */
    public int sweep(Instant now) {
        Instant cutoff = now.minus(settings.pendingTimeout());
        int failed = transactions.run(() ->
                payments.failPendingOlderThan(cutoff, DeclineReason.PROCESSING_INTERRUPTED, now));
        metrics.interrupted(failed);
        if (failed > 0) {
            LOG.warning(() -> failed + " payments were never captured and are now FAILED (processing interrupted)");
        }
        return failed;
    }
}
