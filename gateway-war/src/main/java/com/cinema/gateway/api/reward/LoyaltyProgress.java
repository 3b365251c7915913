package com.cinema.gateway.api.reward;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The public {@code LoyaltyProgress}: exactly the booking service's, which counts and decides. */
public class LoyaltyProgress {

    @Description("The customer's bookings that are confirmed now (cancelled and refunded ones no longer count)")
    public int confirmedBookings;
    @NonNull
    @Description("The programme's milestones, fewest bookings first (none when the programme is off)")
    public List<@NonNull LoyaltyTier> milestones;
    @Description("The first milestone not reached yet; null when every one is")
    public LoyaltyTier next;
    @Description("Confirmed bookings still needed for next (at least 1); null when there is no next")
    public Integer bookingsToNext;
}
