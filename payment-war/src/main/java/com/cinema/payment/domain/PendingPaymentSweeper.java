package com.cinema.payment.domain;

import com.cinema.payment.persistence.PaymentRepository;
import com.cinema.payment.persistence.Transactions;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
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

    private volatile ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        long interval = Math.max(100, settings.pendingSweepInterval().toMillis());
        task = executor.scheduleWithFixedDelay(this::sweepSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Failing payments PENDING longer than " + settings.pendingTimeout()
                + ", checked every " + settings.pendingSweepInterval());
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
    }

    // Throwable, not Exception: an Error escaping would cancel every later run of the schedule.
    @SuppressWarnings("java:S1181")
    void sweepSafely() {
        try {
            sweep(Instant.now());
        } catch (Throwable e) {
            // Never let one failure end the schedule: the next run tries again.
            LOG.log(Level.WARNING, "Failing interrupted payments did not work; trying again next time: " + e, e);
        }
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
