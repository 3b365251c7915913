package com.cinema.gateway.api.reward;

import com.cinema.gateway.client.LoyaltyMilestoneRef;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** myRewards joins each milestone with the personal coupon issued for its reason. */
class RewardJoinTest {

    private static LoyaltyMilestoneRef milestone(int count, String state, String code) {
        LoyaltyMilestoneRef ref = new LoyaltyMilestoneRef();
        ref.milestone = count;
        ref.reachedAt = OffsetDateTime.parse("2026-12-01T12:00:00Z");
        ref.bookingId = "9" + count;
        ref.state = state;
        ref.couponCode = code;
        ref.couponReason = "LOYALTY_" + count;
        return ref;
    }

    private static RewardCoupon coupon(String reason, String code) {
        RewardCoupon coupon = new RewardCoupon();
        coupon.issuedFor = reason;
        coupon.code = code;
        return coupon;
    }

    @Test
    void eachMilestoneGetsTheCouponOfItsReason() {
        List<Reward> rewards = RewardGraphQlApi.join(
                List.of(milestone(3, "ISSUED", "RWD-A"), milestone(5, "PENDING", null), milestone(10, "PENDING", null)),
                List.of(coupon("LOYALTY_5", "RWD-B"), coupon("LOYALTY_3", "RWD-A"), coupon("OTHER", "RWD-C")));

        assertThat(rewards).extracting(r -> r.milestone).containsExactly(3, 5, 10);
        assertThat(rewards.get(0).coupon.code).isEqualTo("RWD-A");
        assertThat(rewards.get(0).bookingId).isEqualTo("93");
        // Issued at the coupon service, not yet recorded by the booking service: shown as issued.
        assertThat(rewards.get(1).state).isEqualTo("ISSUED");
        assertThat(rewards.get(1).coupon.code).isEqualTo("RWD-B");
        assertThat(rewards.get(2).state).isEqualTo("PENDING");
        assertThat(rewards.get(2).coupon).isNull();
    }
}
