package com.cinema.booking.loyalty;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a customer stands in the loyalty programme: their bookings confirmed now and each configured milestone,
 * reached or not. The next reward is the first milestone not reached yet; it takes at least one more confirmation,
 * since milestones are only reached when a booking is confirmed (docs/decisions/0010-loyalty-milestones.md): a
 * customer whose count fell (cancellations) needs it back above the milestone, and one added to the configuration
 * below the count is reached at the next confirmation.
 */
public record LoyaltyProgress(long confirmedBookings, List<Tier> tiers) {

    /** A milestone of the programme and whether this customer reached it. */
    public record Tier(Milestone milestone, boolean reached) {
    }

    public LoyaltyProgress {
        tiers = List.copyOf(tiers);
    }

    public static LoyaltyProgress of(List<Milestone> milestones, long confirmedBookings, Set<Integer> recorded) {
        return new LoyaltyProgress(confirmedBookings,
                milestones.stream().map(m -> new Tier(m, recorded.contains(m.count()))).toList());
    }

    /** The first milestone not reached yet; empty when every one is (or the programme has none). */
    public Optional<Milestone> next() {
        return tiers.stream().filter(t -> !t.reached()).map(Tier::milestone).findFirst();
    }

    /** Confirmed bookings still needed for {@link #next()}; empty when there is no next milestone. */
    public Optional<Long> bookingsToNext() {
        return next().map(m -> Math.max(1, m.count() - confirmedBookings));
    }
}
