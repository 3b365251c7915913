package com.cinema.coupon.it;

import com.cinema.testing.AllAtOnce;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static com.cinema.coupon.it.CouponIt.coupon;
import static com.cinema.coupon.it.CouponIt.created;
import static com.cinema.coupon.it.CouponIt.customer;
import static com.cinema.coupon.it.CouponIt.errorReason;
import static com.cinema.coupon.it.CouponIt.newCode;
import static com.cinema.coupon.it.CouponIt.newId;
import static com.cinema.coupon.it.CouponIt.order;
import static com.cinema.coupon.it.CouponIt.reserve;
import static com.cinema.coupon.it.CouponIt.usedCount;
import static org.assertj.core.api.Assertions.assertThat;

/** A coupon is never used beyond its limits, whatever the concurrency (threads against the real server). */
@MicroShedTest
class CouponConcurrencyIT {

    /** One reservation attempt per caller, all released at the same moment; the answers in caller order. */
    private static List<JsonObject> race(List<GraphQlHttp> callers, List<JsonObject> orders) throws Exception {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        List<Callable<JsonObject>> attempts = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            int caller = i;
            attempts.add(() -> reserve(callers.get(caller), orders.get(caller), expiresAt));
        }
        return AllAtOnce.run(attempts);
    }

    /** How many reservations succeeded; every other answer must be COUPON_INVALID for {@code reason}. */
    private static int winners(List<JsonObject> responses, String reason) {
        int won = 0;
        for (JsonObject response : responses) {
            if (GraphQlHttp.firstErrorCode(response) == null) {
                assertThat(response.getJsonObject("data").getJsonObject("reserveCoupon").getString("status"))
                        .isEqualTo("RESERVED");
                won++;
            } else {
                assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("COUPON_INVALID");
                assertThat(errorReason(response)).as(response.toString()).isEqualTo(reason);
            }
        }
        return won;
    }

    @Test
    void aHundredCustomersAtOnceGetTheOneUseOfACouponExactlyOnce() throws Exception {
        String code = newCode("RACE");
        String couponId = created(coupon(code, "PERCENT", 10).add("usageLimit", 1)).getString("id");
        List<GraphQlHttp> customers = new ArrayList<>();
        List<JsonObject> orders = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(customer(newId()));
            orders.add(order(code, newId(), 2000, "GBP"));
        }

        List<JsonObject> responses = race(customers, orders);

        assertThat(winners(responses, "USED_UP")).isEqualTo(1);
        assertThat(usedCount(couponId)).isEqualTo(1);
    }

    @Test
    void oneCustomerReservingForTwoBookingsAtOnceGetsOnePerCustomerUse() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = newCode("TWICE");
            String couponId = created(coupon(code, "FIXED", 300).add("perUserLimit", 1)).getString("id");
            GraphQlHttp customer = customer(newId());

            List<JsonObject> responses = race(List.of(customer, customer),
                    List.of(order(code, newId(), 2000, "GBP"), order(code, newId(), 2000, "GBP")));

            assertThat(winners(responses, "PER_USER_LIMIT")).as("round " + round).isEqualTo(1);
            assertThat(usedCount(couponId)).isEqualTo(1);
        }
    }
}
