package com.cinema.booking.loyalty;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.ConfirmationFollowUp;
import com.cinema.booking.domain.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loyalty rewards (issue #21, docs/decisions/0010-loyalty-milestones.md). A confirmation records, in its own
 * transaction and under the customer's loyalty lock, every milestone its count of confirmed bookings reaches
 * ({@link #confirmed}); the reward coupon is then issued by the coupon service, idempotently per customer and
 * milestone, right after the commit and again by {@link LoyaltyIssuerTask} until it succeeds ({@link #issueDue}).
 * Like the notification outbox: recorded exactly once with the change that causes it, delivered at least once
 * to a receiver that makes repeats harmless.
 */
@ApplicationScoped
public class LoyaltyProgramme implements ConfirmationFollowUp {

    private static final Logger LOG = Logger.getLogger(LoyaltyProgramme.class.getName());
    static final int BATCH = 50;

    @Inject
    LoyaltyLedger ledger;

    @Inject
    LoyaltySettings settings;

    @Inject
    Transactions transactions;

    @Inject
    RewardCoupons coupons;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /**
     * In the transaction that confirms {@code booking} (after its status changed): locks the customer's loyalty
     * row, counts their confirmed bookings (this one included; a concurrent confirmation of theirs waits for the
     * lock and then counts this one) and records each milestone reached and not recorded yet. True when one was.
     */
    @Override
    public boolean confirmed(Booking booking, Instant now) {
        List<Milestone> milestones = settings.milestones();
        if (milestones.isEmpty()) {
            return false;
        }
        long customer = booking.getUserId();
        ledger.lockCustomer(customer);
        List<Milestone> reached = MilestoneRules.reached(milestones, ledger.confirmedBookings(customer),
                ledger.recordedMilestones(customer));
        for (Milestone milestone : reached) {
            ledger.record(customer, milestone, booking.getId(), booking.getCurrency(),
                    now.plus(settings.couponValidity()), now);
        }
        if (!reached.isEmpty()) {
            LOG.info(() -> "Customer " + customer + " reached loyalty milestone(s) "
                    + reached.stream().map(Milestone::count).toList() + " with booking " + booking.getId());
        }
        return !reached.isEmpty();
    }

    /** After the confirmation committed: issues the customer's pending rewards in the background, now. */
    @Override
    public void committed(long userId) {
        try {
            executor.execute(() -> issueDue(userId));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Could not start issuing the rewards of customer " + userId + "; the issuer "
                    + "task will: " + e);
        }
    }

    /**
     * Issues due rewards (of one customer, or everyone's when null), each on its own: a failure postpones that one
     * (growing pause) and never stops the others. Returns how many this call issued. Never throws.
     */
    public int issueDue(Long userId) {
        List<ReachedMilestone> due;
        try {
            due = transactions.inOne(() -> ledger.due(userId, clock.instant(), BATCH));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the due loyalty rewards; next run tries again: " + e);
            return 0;
        }
        int issued = 0;
        for (ReachedMilestone milestone : due) {
            if (issue(milestone)) {
                issued++;
            }
        }
        return issued;
    }

    private boolean issue(ReachedMilestone milestone) {
        try {
            String code = coupons.issue(milestone);
            Instant now = clock.instant();
            boolean changed = transactions.retrying(() -> ledger.markIssued(milestone.id(), code, now));
            if (changed) {
                LOG.info(() -> "Issued reward " + code + " for milestone " + milestone.milestone() + " of customer "
                        + milestone.userId());
            }
            return changed;
        } catch (RuntimeException e) {
            int attempts = milestone.attempts() + 1;
            Instant next = clock.instant().plus(settings.retryAfter(attempts));
            LOG.log(Level.WARNING, "Issuing the reward for milestone " + milestone.milestone() + " of customer "
                    + milestone.userId() + " failed (attempt " + attempts + "); again at " + next + ": " + e);
            try {
                transactions.retrying(() -> {
                    ledger.postpone(milestone.id(), next, String.valueOf(e));
                    return null;
                });
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not postpone the reward; the issuer tries again next run: " + again);
            }
            return false;
        }
    }

    /** Where the customer stands: their confirmed bookings and each milestone, reached or not. */
    public LoyaltyProgress progressOf(long userId) {
        List<Milestone> milestones = settings.milestones();
        return transactions.inOne(() -> LoyaltyProgress.of(milestones, ledger.confirmedBookings(userId),
                milestones.isEmpty() ? Set.of() : ledger.recordedMilestones(userId)));
    }

    /** The customer's reached milestones with their reward's code once issued. */
    public List<ReachedMilestone> ofCustomer(long userId) {
        return transactions.inOne(() -> ledger.ofCustomer(userId));
    }
}
