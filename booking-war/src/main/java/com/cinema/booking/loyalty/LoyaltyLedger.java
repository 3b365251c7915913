package com.cinema.booking.loyalty;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The loyalty tables (port; the adapter is {@code persistence.LoyaltyTable}). Every call runs inside the caller's
 * transaction; changes of a milestone's state are conditional, so replicas and requests may race.
 */
public interface LoyaltyLedger {

    /** Locks the customer's loyalty row (made if absent) until the transaction ends. */
    void lockCustomer(long userId);

    /** The customer's bookings that are CONFIRMED now, the caller's own unflushed changes included. */
    long confirmedBookings(long userId);

    /** The milestones recorded for the customer. */
    Set<Integer> recordedMilestones(long userId);

    /** Records a reached milestone, PENDING and due at once. */
    void record(long userId, Milestone milestone, long bookingId, String currency, Instant couponExpiresAt, Instant now);

    /** The customer's reached milestones, by milestone. */
    List<ReachedMilestone> ofCustomer(long userId);

    /** PENDING milestones due by {@code now} (of one customer, or all when null), oldest first. */
    List<ReachedMilestone> due(Long userId, Instant now, int limit);

    /** PENDING becomes ISSUED with the code; false when it was not PENDING any more (issued by another). */
    boolean markIssued(long id, String couponCode, Instant now);

    /** A failed issue: counted, with its error, and tried again at {@code nextAttemptAt}. */
    void postpone(long id, Instant nextAttemptAt, String error);
}
