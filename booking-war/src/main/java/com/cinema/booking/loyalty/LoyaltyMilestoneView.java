package com.cinema.booking.loyalty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code LoyaltyMilestone}: a milestone the customer reached and its reward coupon. */
@Type("LoyaltyMilestone")
public class LoyaltyMilestoneView {

    @Description("The count of confirmed bookings reached, e.g. 3 for the third")
    public int milestone;
    @NonNull
    public OffsetDateTime reachedAt;
    @Id
    @NonNull
    @Description("The booking whose confirmation reached it")
    public String bookingId;
    @NonNull
    @Description("PENDING until the coupon service issued the reward, then ISSUED")
    public String state;
    @Description("The reward coupon's code once ISSUED; null while PENDING")
    public String couponCode;
    @NonNull
    @Description("What the reward coupon's reason is at the coupon service, e.g. LOYALTY_3")
    public String couponReason;

    static LoyaltyMilestoneView of(ReachedMilestone reached) {
        LoyaltyMilestoneView view = new LoyaltyMilestoneView();
        view.milestone = reached.milestone();
        view.reachedAt = reached.reachedAt().atOffset(ZoneOffset.UTC);
        view.bookingId = String.valueOf(reached.bookingId());
        view.state = reached.state();
        view.couponCode = reached.couponCode();
        view.couponReason = reached.couponReason();
        return view;
    }
}
