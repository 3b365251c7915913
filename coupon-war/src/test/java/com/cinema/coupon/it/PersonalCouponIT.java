package com.cinema.coupon.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.cinema.coupon.it.CouponIt.SERVICE;
import static com.cinema.coupon.it.CouponIt.customer;
import static com.cinema.coupon.it.CouponIt.data;
import static com.cinema.coupon.it.CouponIt.errorReason;
import static com.cinema.coupon.it.CouponIt.newId;
import static com.cinema.coupon.it.CouponIt.order;
import static com.cinema.coupon.it.CouponIt.quote;
import static com.cinema.coupon.it.CouponIt.redeem;
import static com.cinema.coupon.it.CouponIt.reserve;
import static com.cinema.coupon.it.CouponIt.reserved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal coupons (loyalty rewards, issue #21) against the real service and database: issued once per customer
 * and reason however often and concurrently asked, usable once by their owner only, listed for their owner.
 */
@MicroShedTest
class PersonalCouponIT {

    private static final String FIELDS = "code customerId issuedFor discountType value currency maxDiscountCents "
            + "expiresAt used active description";

    private static JsonObjectBuilder input(String customerId, String reason, int percent) {
        return Json.createObjectBuilder().add("customerId", customerId).add("issuedFor", reason)
                .add("discountType", "PERCENT").add("value", percent).add("currency", "GBP")
                .add("expiresAt", Instant.now().plus(Duration.ofDays(90)).toString())
                .add("description", "Thank you for your bookings");
    }

    private static JsonObject issue(GraphQlHttp caller, JsonObjectBuilder input) {
        return caller.post("mutation($input: PersonalCouponInput!) { issuePersonalCoupon(input: $input) { "
                + FIELDS + " } }", Map.of("input", input.build()));
    }

    private static JsonObject issued(JsonObjectBuilder input) {
        return data(issue(SERVICE, input)).getJsonObject("issuePersonalCoupon");
    }

    private static List<JsonObject> myCoupons(GraphQlHttp caller) {
        return data(caller.post("{ myCoupons { " + FIELDS + " } }", Map.of())).getJsonArray("myCoupons")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void issuingIsIdempotentPerCustomerAndReasonEvenConcurrently() throws Exception {
        String owner = newId();
        JsonObject first = issued(input(owner, "LOYALTY_3", 10));
        assertThat(first.getString("code")).startsWith("RWD-");
        assertThat(first.getString("customerId")).isEqualTo(owner);
        assertThat(first.getString("issuedFor")).isEqualTo("LOYALTY_3");
        assertThat(first.getBoolean("used")).isFalse();
        // A repeat with other terms (a retry after a configuration change) still answers the first coupon.
        assertThat(issued(input(owner, "LOYALTY_3", 50))).isEqualTo(first);

        // Twelve first-time issues of one new (customer, reason) at once: one coupon for all of them.
        String racer = newId();
        int callers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<CompletableFuture<JsonObject>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return issued(input(racer, "LOYALTY_5", 15));
                }, pool));
            }
            start.countDown();
            List<String> codes = calls.stream().map(CompletableFuture::join).map(c -> c.getString("code")).distinct()
                    .toList();
            assertThat(codes).as("every concurrent issue answers the same coupon").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(myCoupons(customer(racer))).extracting(c -> c.getString("issuedFor")).containsExactly("LOYALTY_5");

        // Another reason is another coupon.
        assertThat(issued(input(owner, "LOYALTY_5", 15)).getString("code")).isNotEqualTo(first.getString("code"));
        assertThat(myCoupons(customer(owner))).extracting(c -> c.getString("issuedFor"))
                .containsExactly("LOYALTY_5", "LOYALTY_3");
    }

    @Test
    void onlyItsOwnerMayUseItAndOnlyOnce() {
        String owner = newId();
        String code = issued(input(owner, "LOYALTY_3", 10)).getString("code");
        GraphQlHttp stranger = customer(newId());

        JsonObject strangerQuote = quote(stranger, order(code, newId(), 2000, "GBP"));
        assertThat(strangerQuote.getBoolean("valid")).isFalse();
        assertThat(strangerQuote.getString("reason")).isEqualTo("NOT_YOURS");
        JsonObject strangerReserve = reserve(stranger, order(code, newId(), 2000, "GBP"), Instant.now().plusSeconds(300));
        assertThat(GraphQlHttp.firstErrorCode(strangerReserve)).as(strangerReserve.toString()).isEqualTo("COUPON_INVALID");
        assertThat(errorReason(strangerReserve)).isEqualTo("NOT_YOURS");
        assertThat(strangerReserve.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("belongs to another customer");

        GraphQlHttp me = customer(owner);
        assertThat(quote(me, order(code, newId(), 2000, "EUR")).getInt("discountCents")).isEqualTo(200);
        String booking = newId();
        assertThat(reserved(me, order(code.toLowerCase(), booking, 2000, "GBP")).getInt("discountCents")).isEqualTo(200);
        data(redeem(me, booking));
        assertThat(myCoupons(me)).singleElement().satisfies(c -> assertThat(c.getBoolean("used")).isTrue());

        JsonObject again = reserve(me, order(code, newId(), 2000, "GBP"), Instant.now().plusSeconds(300));
        assertThat(GraphQlHttp.firstErrorCode(again)).isEqualTo("COUPON_INVALID");
        assertThat(errorReason(again)).isIn("USED_UP", "PER_USER_LIMIT");
    }

    @Test
    void onlyServicesIssueAndInputIsChecked() {
        String owner = newId();
        JsonObject byCustomer = issue(customer(owner), input(owner, "LOYALTY_3", 10));
        assertThat(GraphQlHttp.firstErrorCode(byCustomer)).isIn("FORBIDDEN", "UNAUTHORIZED");
        assertThat(myCoupons(customer(owner))).isEmpty();

        JsonObject badReason = issue(SERVICE, input(owner, "loyalty 3", 10));
        assertThat(GraphQlHttp.firstErrorCode(badReason)).isEqualTo("VALIDATION");
        assertThat(badReason.toString()).contains("input.issuedFor");
        JsonObject badValue = issue(SERVICE, input(owner, "LOYALTY_3", 120));
        assertThat(badValue.toString()).contains("input.value");
    }
}
