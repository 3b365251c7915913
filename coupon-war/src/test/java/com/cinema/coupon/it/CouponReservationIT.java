package com.cinema.coupon.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;

import static com.cinema.coupon.it.CouponIt.ADMIN;
import static com.cinema.coupon.it.CouponIt.BASE;
import static com.cinema.coupon.it.CouponIt.SERVICE;
import static com.cinema.coupon.it.CouponIt.coupon;
import static com.cinema.coupon.it.CouponIt.created;
import static com.cinema.coupon.it.CouponIt.customer;
import static com.cinema.coupon.it.CouponIt.data;
import static com.cinema.coupon.it.CouponIt.newCode;
import static com.cinema.coupon.it.CouponIt.newId;
import static com.cinema.coupon.it.CouponIt.order;
import static com.cinema.coupon.it.CouponIt.redeem;
import static com.cinema.coupon.it.CouponIt.release;
import static com.cinema.coupon.it.CouponIt.reserve;
import static com.cinema.coupon.it.CouponIt.reserved;
import static com.cinema.coupon.it.CouponIt.usedCount;
import static org.assertj.core.api.Assertions.assertThat;

/** Reserve, redeem and release, each idempotent per booking; ownership; the time-out sweeper. */
@MicroShedTest
class CouponReservationIT {

    private final String userId = newId();
    private final GraphQlHttp customer = customer(userId);

    private static JsonObject reservation(JsonObject response, String operation) {
        return data(response).getJsonObject(operation);
    }

    @Test
    void reserveRedeemAndReleaseAreIdempotentAndReleaseGivesTheUseBack() {
        String code = newCode("IDEM");
        String couponId = created(coupon(code, "PERCENT", 10).add("usageLimit", 5).add("perUserLimit", 1)).getString("id");
        String booking = newId();

        JsonObject first = reserved(customer, order(code, booking, 2000, "GBP"));
        JsonObject again = reserved(customer, order(code, booking, 9999, "GBP"));
        assertThat(first.getString("status")).isEqualTo("RESERVED");
        assertThat(first.getString("bookingId")).isEqualTo(booking);
        assertThat(first.getInt("discountCents")).isEqualTo(200);
        assertThat(again).as("the same booking and code: the same reservation").isEqualTo(first);
        assertThat(usedCount(couponId)).isEqualTo(1);

        JsonObject redeemed = reservation(redeem(customer, booking), "redeemCoupon");
        assertThat(redeemed.getString("status")).isEqualTo("REDEEMED");
        assertThat(redeemed.getString("id")).isEqualTo(first.getString("id"));
        assertThat(reservation(redeem(customer, booking), "redeemCoupon")).isEqualTo(redeemed);
        assertThat(usedCount(couponId)).isEqualTo(1);

        // A refunded booking returns its use, once however often it is asked.
        JsonObject released = reservation(release(customer, booking), "releaseCoupon");
        assertThat(released.getString("status")).isEqualTo("RELEASED");
        assertThat(reservation(release(customer, booking), "releaseCoupon").getString("status")).isEqualTo("RELEASED");
        assertThat(usedCount(couponId)).isZero();
        // ... and so the customer's one use is free again for another booking.
        assertThat(reserved(customer, order(code, newId(), 2000, "GBP")).getString("status")).isEqualTo("RESERVED");
        assertThat(usedCount(couponId)).isEqualTo(1);
    }

    @Test
    void aReleasedReservationCanBeReservedAgainButNotRedeemed() {
        String code = newCode("BACK");
        String couponId = created(coupon(code, "FIXED", 300)).getString("id");
        String booking = newId();
        String id = reserved(customer, order(code, booking, 2000, "GBP")).getString("id");
        reservation(release(customer, booking), "releaseCoupon");

        JsonObject late = redeem(customer, booking);
        assertThat(GraphQlHttp.firstErrorCode(late)).as(late.toString()).isEqualTo("CONFLICT");

        JsonObject revived = reserved(customer, order(code, booking, 2000, "GBP"));
        assertThat(revived.getString("id")).isEqualTo(id);
        assertThat(revived.getString("status")).isEqualTo("RESERVED");
        assertThat(usedCount(couponId)).isEqualTo(1);
    }

    @Test
    void anotherCodeReplacesTheBookingsReservationUnlessItIsRefused() {
        String first = newCode("ONE");
        String second = newCode("TWO");
        String expired = newCode("OLD");
        String firstId = created(coupon(first, "PERCENT", 10)).getString("id");
        String secondId = created(coupon(second, "FIXED", 250)).getString("id");
        created(coupon(expired, "FIXED", 100).add("startsAt", Instant.now().minus(Duration.ofDays(2)).toString())
                .add("expiresAt", Instant.now().minus(Duration.ofDays(1)).toString()));
        String booking = newId();

        reserved(customer, order(first, booking, 2000, "GBP"));
        JsonObject switched = reserved(customer, order(second, booking, 2000, "GBP"));
        assertThat(switched.getString("code")).isEqualTo(second.toUpperCase());
        assertThat(usedCount(firstId)).as("the old code's use is given back").isZero();
        assertThat(usedCount(secondId)).isEqualTo(1);

        JsonObject refused = reserve(customer, order(expired, booking, 2000, "GBP"), Instant.now().plusSeconds(300));
        assertThat(GraphQlHttp.firstErrorCode(refused)).isEqualTo("COUPON_INVALID");
        assertThat(usedCount(secondId)).as("a refused code keeps the booking's reservation").isEqualTo(1);
        assertThat(reservation(redeem(customer, booking), "redeemCoupon").getString("code")).isEqualTo(second.toUpperCase());
    }

    @Test
    void aCustomerCannotTouchSomeoneElsesBooking() {
        String code = newCode("OWN");
        String couponId = created(coupon(code, "PERCENT", 10)).getString("id");
        String booking = newId();
        reserved(customer, order(code, booking, 2000, "GBP"));
        GraphQlHttp stranger = customer(newId());

        assertThat(data(release(stranger, booking)).isNull("releaseCoupon")).as("nothing happens").isTrue();
        assertThat(data(redeem(stranger, booking)).isNull("redeemCoupon")).isTrue();
        assertThat(usedCount(couponId)).isEqualTo(1);
        JsonObject taken = reserve(stranger, order(code, booking, 2000, "GBP"), Instant.now().plusSeconds(300));
        assertThat(GraphQlHttp.firstErrorCode(taken)).isEqualTo("NOT_FOUND");
        assertThat(reservation(redeem(customer, booking), "redeemCoupon").getString("status"))
                .as("the owner's reservation was still RESERVED").isEqualTo("REDEEMED");
    }

    @Test
    void theBookingServiceAndStaffActOnAnyBooking() {
        String code = newCode("SVC");
        String couponId = created(coupon(code, "PERCENT", 10)).getString("id");
        String booking = newId();
        reserved(customer, order(code, booking, 2000, "GBP"));

        assertThat(reservation(redeem(SERVICE, booking), "redeemCoupon").getString("status")).isEqualTo("REDEEMED");
        assertThat(reservation(release(ADMIN, booking), "releaseCoupon").getString("status")).isEqualTo("RELEASED");
        assertThat(usedCount(couponId)).isZero();
        assertThat(data(release(SERVICE, newId())).isNull("releaseCoupon")).as("no reservation: null").isTrue();
        // A service token has no customer to reserve for.
        JsonObject forbidden = reserve(SERVICE, order(code, newId(), 2000, "GBP"), Instant.now().plusSeconds(60));
        assertThat(GraphQlHttp.firstErrorCode(forbidden)).isEqualTo("FORBIDDEN");
    }

    @Test
    void theCallersExpiryIsCappedByConfiguration() {
        String code = newCode("CAP");
        created(coupon(code, "PERCENT", 10));
        JsonObject response = reserve(customer, order(code, newId(), 2000, "GBP"), Instant.now().plus(Duration.ofDays(2)));
        Instant expiresAt = Instant.parse(reservation(response, "reserveCoupon").getString("expiresAt"));
        // The test server's cinema.coupon.reservation.max-duration is PT10M.
        assertThat(expiresAt).isBefore(Instant.now().plus(Duration.ofMinutes(11)));
    }

    @Test
    void anUnredeemedReservationIsReleasedByTheTimeOut() throws InterruptedException {
        String code = newCode("TIMEOUT");
        String couponId = created(coupon(code, "PERCENT", 10).add("usageLimit", 2)).getString("id");
        String due = newId();
        String kept = newId();
        reserve(customer, order(code, due, 2000, "GBP"), Instant.now().plusSeconds(2));
        reserved(customer, order(code, kept, 2000, "GBP"));
        assertThat(usedCount(couponId)).isEqualTo(2);

        // Expiry in 2 s, a 1 s grace and a 1 s sweep on the test server.
        Instant deadline = Instant.now().plusSeconds(30);
        while (usedCount(couponId) > 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(usedCount(couponId)).as("the timed-out use is back, the other kept").isEqualTo(1);
        assertThat(GraphQlHttp.firstErrorCode(redeem(customer, due))).isEqualTo("CONFLICT");
        assertThat(reservation(redeem(customer, kept), "redeemCoupon").getString("status")).isEqualTo("REDEEMED");
    }

    @Test
    void metricsCountReservationsRedemptionsReleasesAndRefusalsByReason() {
        String code = newCode("METRIC");
        created(coupon(code, "PERCENT", 10).add("usageLimit", 1));
        String booking = newId();
        reserved(customer, order(code, booking, 2000, "GBP"));
        reserve(customer(newId()), order(code, newId(), 2000, "GBP"), Instant.now().plusSeconds(60));
        reservation(redeem(customer, booking), "redeemCoupon");
        reservation(release(customer, booking), "releaseCoupon");

        String metrics = HttpProbe.get(BASE + "/metrics?scope=application").body();
        assertThat(metrics).contains("# HELP coupon_reservations_total Coupon uses reserved for a booking")
                .containsPattern("coupon_reservations_total\\{[^}]*} [1-9]")
                .containsPattern("coupon_redemptions_total\\{[^}]*} [1-9]")
                .containsPattern("coupon_releases_total\\{[^}]*} [1-9]")
                .containsPattern("coupon_refusals_total\\{[^}]*reason=\"USED_UP\"[^}]*} [1-9]")
                .doesNotContain(code.toUpperCase()).doesNotContain(booking);
    }
}
