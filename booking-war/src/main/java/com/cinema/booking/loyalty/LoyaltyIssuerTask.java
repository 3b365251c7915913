package com.cinema.booking.loyalty;

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

/**
 * Issues pending loyalty rewards every {@code cinema.loyalty.issue-interval}, on every replica: those whose issue
 * right after the confirmation failed (coupon service down, a crash). Repeats are harmless: the coupon service
 * answers the same coupon per customer and milestone, and marking one ISSUED is conditional.
 */
@ApplicationScoped
public class LoyaltyIssuerTask {

    private static final Logger LOG = Logger.getLogger(LoyaltyIssuerTask.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    LoyaltyProgramme programme;

    @Inject
    LoyaltySettings settings;

    private volatile ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        long interval = Math.max(100, settings.issueInterval().toMillis());
        task = executor.scheduleWithFixedDelay(this::runSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Loyalty milestones " + settings.milestones() + "; pending rewards issued every "
                + settings.issueInterval());
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
            int issued = programme.issueDue(null);
            if (issued > 0) {
                LOG.info(() -> "Loyalty issuer: " + issued + " reward(s) issued");
            }
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "Issuing loyalty rewards failed; trying again next time: " + e, e);
        }
    }
}
