package com.cinema.coupon.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.cinema.coupon.it.CouponIt.GRAPHQL;
import static com.cinema.coupon.it.CouponIt.coupon;
import static com.cinema.coupon.it.CouponIt.created;
import static com.cinema.coupon.it.CouponIt.customer;
import static com.cinema.coupon.it.CouponIt.errorReason;
import static com.cinema.coupon.it.CouponIt.newCode;
import static com.cinema.coupon.it.CouponIt.newId;
import static com.cinema.coupon.it.CouponIt.order;
import static com.cinema.coupon.it.CouponIt.quote;
import static com.cinema.coupon.it.CouponIt.reserve;
import static com.cinema.coupon.it.CouponIt.reserved;
import static com.cinema.coupon.it.CouponIt.usedCount;
import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal reason, from a quote and from a reservation, and the discount arithmetic at its edges. */
@MicroShedTest
class CouponRulesIT {

    private final GraphQlHttp customer = customer(newId());

    /** The quote says why, and a reservation is refused with the same reason without taking a use. */
    private void refusedFor(String reason, String couponId, JsonObject order) {
        JsonObject quote = quote(customer, order);
        assertThat(quote.getBoolean("valid")).as(reason).isFalse();
        assertThat(quote.getString("reason")).isEqualTo(reason);
        assertThat(quote.getInt("discountCents")).isZero();

        int before = couponId == null ? 0 : usedCount(couponId);
        JsonObject response = reserve(customer, order, Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("COUPON_INVALID");
        assertThat(errorReason(response)).isEqualTo(reason);
        assertThat(response.toString()).doesNotContain("at com.");
        if (couponId != null) {
            assertThat(usedCount(couponId)).as("a refused reservation takes no use").isEqualTo(before);
        }
    }

    @Test
    void unknownInactiveNotStartedAndExpired() {
        refusedFor("UNKNOWN", null, order(newCode("NOPE"), newId(), 2000, "GBP"));

        String inactive = newCode("OFF");
        refusedFor("INACTIVE", created(coupon(inactive, "PERCENT", 10).add("active", false)).getString("id"),
                order(inactive, newId(), 2000, "GBP"));

        String later = newCode("LATER");
        refusedFor("NOT_STARTED", created(coupon(later, "PERCENT", 10)
                        .add("startsAt", Instant.now().plus(Duration.ofDays(1)).toString())).getString("id"),
                order(later, newId(), 2000, "GBP"));

        String gone = newCode("GONE");
        refusedFor("EXPIRED", created(coupon(gone, "PERCENT", 10)
                        .add("startsAt", Instant.now().minus(Duration.ofDays(3)).toString())
                        .add("expiresAt", Instant.now().minus(Duration.ofDays(1)).toString())).getString("id"),
                order(gone, newId(), 2000, "GBP"));
    }

    @Test
    void minimumOrderCurrencyAndScope() {
        String flat = newCode("FLAT");
        String flatId = created(coupon(flat, "FIXED", 500).add("minOrderCents", 2000)).getString("id");
        refusedFor("MIN_ORDER", flatId, order(flat, newId(), 1999, "GBP"));
        assertThat(quote(customer, order(flat, newId(), 2000, "GBP")).getInt("discountCents")).isEqualTo(500);
        refusedFor("NOT_APPLICABLE", flatId, order(flat, newId(), 5000, "EUR"));

        String local = newCode("LOCAL");
        String localId = created(coupon(local, "PERCENT", 15).add("cinemaIds", Json.createArrayBuilder().add("4"))
                .add("movieIds", Json.createArrayBuilder().add("7").add("8"))).getString("id");
        JsonObject elsewhere = Json.createObjectBuilder(order(local, newId(), 2000, "EUR"))
                .add("cinemaId", "1").add("movieId", "7").build();
        refusedFor("NOT_APPLICABLE", localId, elsewhere);
        JsonObject otherMovie = Json.createObjectBuilder(order(local, newId(), 2000, "EUR"))
                .add("cinemaId", "4").add("movieId", "9").build();
        refusedFor("NOT_APPLICABLE", localId, otherMovie);
        JsonObject here = Json.createObjectBuilder(order(local, newId(), 2000, "EUR"))
                .add("cinemaId", "4").add("movieId", "8").build();
        assertThat(quote(customer, here).getInt("discountCents")).as("a plain percentage in any currency").isEqualTo(300);
    }

    @Test
    void usedUpAndPerCustomerLimit() {
        String once = newCode("ONCE");
        String onceId = created(coupon(once, "PERCENT", 10).add("usageLimit", 1)).getString("id");
        reserved(customer(newId()), order(once, newId(), 2000, "GBP"));
        refusedFor("USED_UP", onceId, order(once, newId(), 2000, "GBP"));

        String mine = newCode("MINE");
        String mineId = created(coupon(mine, "PERCENT", 10).add("perUserLimit", 1)).getString("id");
        String firstBooking = newId();
        reserved(customer, order(mine, firstBooking, 2000, "GBP"));
        refusedFor("PER_USER_LIMIT", mineId, order(mine, newId(), 2000, "GBP"));
        // The booking that holds it is still quoted valid: asking again takes nothing more.
        assertThat(quote(customer, order(mine, firstBooking, 2000, "GBP")).getBoolean("valid")).isTrue();
        // Another customer is not limited by this one's use.
        assertThat(quote(customer(newId()), order(mine, newId(), 2000, "GBP")).getBoolean("valid")).isTrue();
    }

    @Test
    void discountsRoundHalfUpAndNeverExceedCapOrSubtotal() {
        String tenth = newCode("tenth").toLowerCase();
        created(coupon(tenth.toUpperCase(), "PERCENT", 10).add("maxDiscountCents", 500));
        Map<Integer, Integer> expected = Map.of(5, 1, 4, 0, 15, 2, 14, 1, 1, 0, 4994, 499, 4995, 500, 100_000, 500, 0, 0);
        expected.forEach((subtotal, discount) -> assertThat(
                quote(customer, order(tenth, newId(), subtotal, "GBP")).getInt("discountCents"))
                .as("10%% of %d capped at 500", subtotal).isEqualTo(discount));

        String fixed = newCode("FIVE");
        created(coupon(fixed, "FIXED", 500));
        assertThat(quote(customer, order(fixed, newId(), 300, "GBP")).getInt("discountCents")).isEqualTo(300);
        assertThat(quote(customer, order(fixed, newId(), 1, "GBP")).getInt("discountCents")).isEqualTo(1);
        JsonObject reservation = reserved(customer, order("  " + fixed.toLowerCase() + " ", newId(), 450, "gbp"));
        assertThat(reservation.getInt("discountCents")).as("never more than the subtotal").isEqualTo(450);
        assertThat(reservation.getString("code")).isEqualTo(fixed.toUpperCase());
    }

    @Test
    void badOrdersAreValidationErrorsNamingTheField() {
        String code = newCode("EDGE");
        created(coupon(code, "PERCENT", 10));
        JsonObject negative = reserve(customer, order(code, newId(), -1, "GBP"), Instant.now().plusSeconds(60));
        assertThat(GraphQlHttp.firstErrorCode(negative)).isEqualTo("VALIDATION");
        assertThat(negative.toString()).contains("input.subtotalCents");

        JsonObject past = reserve(customer, order(code, newId(), 100, "GBP"), Instant.now().minusSeconds(60));
        assertThat(GraphQlHttp.firstErrorCode(past)).isEqualTo("VALIDATION");
        assertThat(past.toString()).contains("\"field\":\"expiresAt\"");

        JsonObject money = reserve(customer, order(code, newId(), 100, "POUNDS"), Instant.now().plusSeconds(60));
        assertThat(money.toString()).contains("\"field\":\"input.currency\"");

        JsonObject anonymous = reserve(GRAPHQL, order(code, newId(), 100, "GBP"), Instant.now().plusSeconds(60));
        assertThat(GraphQlHttp.firstErrorCode(anonymous)).isEqualTo("UNAUTHENTICATED");
    }
}
