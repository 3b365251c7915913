package com.cinema.gateway.api.reward;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The public {@code Reward}: a loyalty milestone the customer reached and its coupon. */
public class Reward {

    @Description("The count of confirmed bookings reached, e.g. 3 for the third")
    public int milestone;
    @NonNull
    public OffsetDateTime reachedAt;
    @Id
    @NonNull
    @Description("The booking whose confirmation reached it")
    public String bookingId;
    @NonNull
    @Description("ISSUED once its coupon exists, PENDING while the coupon service is being asked")
    public String state;
    @Description("The reward coupon; null while PENDING")
    public RewardCoupon coupon;
}
