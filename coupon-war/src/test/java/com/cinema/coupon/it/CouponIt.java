package com.cinema.coupon.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.microshed.testing.ApplicationEnvironment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared pieces of the coupon ITs. The test server keeps its database between runs (H2 file or MySQL), so
 * every test makes its own coupons, customers and bookings with ids and codes no earlier run used.
 */
final class CouponIt {

    static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    static final GraphQlHttp GRAPHQL = new GraphQlHttp(BASE);
    static final TestTokens TOKENS = TestTokens.forPlatform();
    static final GraphQlHttp ADMIN = GRAPHQL.withBearer(TOKENS.admin("1", "admin@cinema.test"));
    /** The booking service's own token for background work (no customer behind it). */
    static final GraphQlHttp SERVICE = GRAPHQL.withBearer(TOKENS.signed(
            TestTokens.claims("booking-service", "booking-service@cinema.internal", List.of("SERVICE")).build()));

    static final String COUPON_FIELDS = "id code description discountType value currency maxDiscountCents "
            + "minOrderCents startsAt expiresAt usageLimit perUserLimit usedCount active movieIds cinemaIds";
    static final String RESERVATION_FIELDS = "id bookingId code discountCents status expiresAt";

    private static final AtomicLong NEXT_ID = new AtomicLong(
            ThreadLocalRandom.current().nextLong(1_000_000L, 1_000_000_000_000L) * 1000);

    private CouponIt() {
    }

    /** A user or booking id no other test (of any run) uses. */
    static String newId() {
        return String.valueOf(NEXT_ID.incrementAndGet());
    }

    /** A code no earlier run made, mixed case on purpose: codes are case-insensitive. */
    static String newCode(String prefix) {
        return prefix + "-" + Long.toString(NEXT_ID.incrementAndGet(), 36);
    }

    static GraphQlHttp customer(String userId) {
        return GRAPHQL.withBearer(TOKENS.user(userId, "u" + userId + "@cinema.test"));
    }

    /** A coupon input valid from yesterday to next month, to adjust with {@code add}. */
    static JsonObjectBuilder coupon(String code, String type, int value) {
        return Json.createObjectBuilder().add("code", code).add("discountType", type).add("value", value)
                .add("currency", "GBP")
                .add("startsAt", Instant.now().minus(Duration.ofDays(1)).toString())
                .add("expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
    }

    static JsonObject createCoupon(JsonObjectBuilder input) {
        return ADMIN.post("mutation($input: CouponInput!) { createCoupon(input: $input) { " + COUPON_FIELDS + " } }",
                Map.of("input", input.build()));
    }

    /** Creates a coupon that must succeed. */
    static JsonObject created(JsonObjectBuilder input) {
        return data(createCoupon(input)).getJsonObject("createCoupon");
    }

    static JsonObject couponById(String id) {
        return data(ADMIN.post("query($id: ID!) { coupon(id: $id) { " + COUPON_FIELDS + " } }", Map.of("id", id)))
                .getJsonObject("coupon");
    }

    static JsonObject order(String code, String bookingId, int subtotal, String currency) {
        return Json.createObjectBuilder().add("code", code).add("bookingId", bookingId).add("subtotalCents", subtotal)
                .add("currency", currency).build();
    }

    static JsonObject quote(GraphQlHttp caller, JsonObject order) {
        return data(caller.post("query($input: CouponOrderInput!) { quoteCoupon(input: $input) { code valid "
                + "discountCents reason } }", Map.of("input", order))).getJsonObject("quoteCoupon");
    }

    static JsonObject reserve(GraphQlHttp caller, JsonObject order, Instant expiresAt) {
        return caller.post("mutation($input: CouponOrderInput!, $at: DateTime!) { reserveCoupon(input: $input, "
                + "expiresAt: $at) { " + RESERVATION_FIELDS + " } }", Map.of("input", order, "at", expiresAt.toString()));
    }

    /** Reserves, which must succeed. */
    static JsonObject reserved(GraphQlHttp caller, JsonObject order) {
        return data(reserve(caller, order, Instant.now().plus(Duration.ofMinutes(10)))).getJsonObject("reserveCoupon");
    }

    static JsonObject redeem(GraphQlHttp caller, String bookingId) {
        return caller.post("mutation($b: ID!) { redeemCoupon(bookingId: $b) { " + RESERVATION_FIELDS + " } }",
                Map.of("b", bookingId));
    }

    static JsonObject release(GraphQlHttp caller, String bookingId) {
        return caller.post("mutation($b: ID!) { releaseCoupon(bookingId: $b) { " + RESERVATION_FIELDS + " } }",
                Map.of("b", bookingId));
    }

    static int usedCount(String couponId) {
        return couponById(couponId).getInt("usedCount");
    }

    /** {@code extensions.reason} of the first error, or null. */
    static String errorReason(JsonObject response) {
        JsonObject extensions = response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        return extensions.getString("reason", null);
    }

    static JsonObject data(JsonObject response) {
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data");
    }
}
