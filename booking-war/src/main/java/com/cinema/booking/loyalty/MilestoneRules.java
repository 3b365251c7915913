package com.cinema.booking.loyalty;

import java.util.List;
import java.util.Set;

/**
 * Which milestones a customer reaches now. Pure: the counts are given. Counted are the customer's bookings that
 * are CONFIRMED now (a cancelled or refunded booking no longer counts), at the moment of a confirmation, under the
 * customer's loyalty lock. Every milestone up to that count not recorded yet is reached: a count that
 * went down (cancellations) and up again reaches nothing twice, and a milestone added to the configuration later
 * is reached at the customer's next confirmation.
 */
public final class MilestoneRules {

    private MilestoneRules() {
    }

    public static List<Milestone> reached(List<Milestone> milestones, long confirmedBookings, Set<Integer> recorded) {
        return milestones.stream()
                .filter(m -> m.count() <= confirmedBookings && !recorded.contains(m.count()))
                .toList();
    }
}
