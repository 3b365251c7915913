package com.cinema.gateway.api.reward;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The public {@code LoyaltyTier}: a milestone of the loyalty programme and the reward it earns. */
public class LoyaltyTier {

    @Description("The count of confirmed bookings, e.g. 3 for the third")
    public int bookings;
    @NonNull
    @Description("PERCENT or FIXED")
    public String discountType;
    @Description("A percentage, or minor units of the currency of the booking that reaches it")
    public int value;
    @Description("The most a PERCENT reward takes off, in minor units; null when uncapped")
    public Integer maxDiscountCents;
    @Description("Whether the customer reached it (a milestone reached stays reached)")
    public boolean reached;
}
