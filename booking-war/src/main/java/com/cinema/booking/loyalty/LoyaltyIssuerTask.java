package com.cinema.booking.loyalty;

import com.cinema.common.task.PeriodicTask;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

    private volatile PeriodicTask task;

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(settings.issueInterval(), executor, LOG, "Issuing loyalty rewards", this::issueDue);
        LOG.info(() -> "Loyalty milestones " + settings.milestones() + "; pending rewards issued every "
                + settings.issueInterval());
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    private void issueDue() {
        int issued = programme.issueDue(null);
        if (issued > 0) {
            LOG.info(() -> "Loyalty issuer: " + issued + " reward(s) issued");
        }
    }
}
