package com.cinema.booking.loyalty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL {@code LoyaltyProgress}: the caller's confirmed bookings and the programme's milestones. */
@Type("LoyaltyProgress")
public class LoyaltyProgressView {

    @Description("The caller's bookings that are confirmed now (cancelled and refunded ones no longer count)")
    public int confirmedBookings;
    @NonNull
    @Description("The programme's milestones, fewest bookings first (none when the programme is off)")
    public List<@NonNull LoyaltyTierView> milestones;
    @Description("The first milestone not reached yet; null when every one is")
    public LoyaltyTierView next;
    @Description("Confirmed bookings still needed for next (at least 1); null when there is no next")
    public Integer bookingsToNext;

    /** One milestone: the count of bookings and the reward it earns. */
    @Type("LoyaltyTier")
    public static class LoyaltyTierView {
        @Description("The count of confirmed bookings, e.g. 3 for the third")
        public int bookings;
        @NonNull
        @Description("PERCENT or FIXED")
        public String discountType;
        @Description("A percentage, or minor units of the reaching booking's currency")
        public int value;
        @Description("The most a PERCENT reward takes off, in minor units; null when uncapped")
        public Integer maxDiscountCents;
        @Description("Whether the caller reached it (a milestone reached stays reached)")
        public boolean reached;

        static LoyaltyTierView of(Milestone milestone, boolean reached) {
            LoyaltyTierView view = new LoyaltyTierView();
            view.bookings = milestone.count();
            view.discountType = milestone.type();
            view.value = milestone.value();
            view.maxDiscountCents = milestone.maxDiscountCents();
            view.reached = reached;
            return view;
        }
    }

    static LoyaltyProgressView of(LoyaltyProgress progress) {
        LoyaltyProgressView view = new LoyaltyProgressView();
        view.confirmedBookings = Math.toIntExact(progress.confirmedBookings());
        view.milestones = progress.tiers().stream().map(t -> LoyaltyTierView.of(t.milestone(), t.reached())).toList();
        view.next = progress.next().map(m -> LoyaltyTierView.of(m, false)).orElse(null);
        view.bookingsToNext = progress.bookingsToNext().map(Math::toIntExact).orElse(null);
        return view;
    }
}
