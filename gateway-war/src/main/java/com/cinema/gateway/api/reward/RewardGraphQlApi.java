package com.cinema.gateway.api.reward;

import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.CouponServiceClient;
import com.cinema.gateway.client.LoyaltyMilestoneRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loyalty rewards (issue #21): the milestones the booking service recorded for the caller, each with the personal
 * coupon the coupon service issued for it (matched by its reason, e.g. LOYALTY_3), both read with the caller's token.
 */
@GraphQLApi
@ApplicationScoped
public class RewardGraphQlApi {

    @Inject
    BookingServiceClient bookings;

    @Inject
    CouponServiceClient coupons;

    @Query("myRewards")
    @Description("The signed-in customer's loyalty rewards: each milestone reached (their 3rd, 5th, 10th confirmed "
            + "booking that is not cancelled) with its coupon (code, value, used or not, expiry)")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull Reward> myRewards() {
        List<LoyaltyMilestoneRef> milestones = bookings.myLoyaltyMilestones();
        if (milestones.isEmpty()) {
            return List.of();
        }
        return join(milestones, coupons.myCoupons());
    }

    @Query("myLoyaltyProgress")
    @Description("The signed-in customer's standing in the loyalty programme: confirmed bookings, the milestones "
            + "(which are reached, what each earns) and how many more bookings the next reward takes")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull LoyaltyProgress myLoyaltyProgress() {
        return bookings.myLoyaltyProgress();
    }

    /** Each milestone with the coupon issued for its reason; a coupon the booking service has not recorded yet counts. */
    static List<Reward> join(List<LoyaltyMilestoneRef> milestones, List<RewardCoupon> coupons) {
        Map<String, RewardCoupon> byReason = coupons.stream()
                .collect(Collectors.toMap(c -> c.issuedFor, Function.identity(), (a, b) -> a));
        return milestones.stream().map(m -> {
            Reward reward = new Reward();
            reward.milestone = m.milestone;
            reward.reachedAt = m.reachedAt;
            reward.bookingId = m.bookingId;
            reward.coupon = byReason.get(m.couponReason);
            reward.state = reward.coupon != null ? "ISSUED" : m.state;
            return reward;
        }).toList();
    }
}
