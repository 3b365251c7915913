package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loyalty rewards (issue #21) through the gateway, against the real booking and coupon services: the third
 * confirmed booking earns exactly one personal coupon, usable once by its owner only; confirmations racing each
 * other and a cancellation issue exactly one coupon per milestone (read back from myRewards and from the coupon
 * service itself). Each customer buys single seats from the wall of a row of their own showtime, so no hold
 * strands a seat.
 */
@ExtendWith(PlatformExtension.class)
@Order(64)
class LoyaltyIT {

    static final String MY_REWARDS = "{ myRewards { milestone reachedAt bookingId state coupon { code discountType"
            + " value currency maxDiscountCents expiresAt used active issuedFor } } }";
    private static final Duration ISSUE_WAIT = Duration.ofSeconds(90);

    private static Fixtures fixtures;

    /** A customer with their token, to call the gateway and (to check what it says) the coupon service. */
    record Customer(String id, GraphQlHttp gateway, GraphQlHttp couponService) {
    }

    /** One showtime's seats by row, in seat-number order. */
    record Rows(String showtimeId, Map<String, List<String>> seatIdsByRow) {
    }

    @BeforeAll
    static void platform() {
        fixtures = new Fixtures();
    }

    private static Customer newCustomer() {
        String id = Fixtures.newUserId();
        String token = Fixtures.TOKENS.user(id, "loyal-" + id + "@example.org");
        return new Customer(id, fixtures.gateway.withBearer(token),
                new GraphQlHttp("http://localhost:" + Platform.PORTS.get("coupon")).withBearer(token));
    }

    /** A fresh showtime (5 rows of 10): its seat ids per row, ordered by seat number. */
    private static Rows freshRows() {
        String showtimeId = fixtures.freshShowtime(5, 10).getString("id");
        Map<String, List<String>> rows = new java.util.TreeMap<>();
        fixtures.seats(showtimeId).stream().sorted(Comparator.comparingInt(s -> s.getInt("number")))
                .forEach(s -> rows.computeIfAbsent(s.getString("row"), r -> new ArrayList<>()).add(s.getString("seatId")));
        return new Rows(showtimeId, rows);
    }

    private static String hold(Customer customer, String showtimeId, String seatId) {
        return CheckoutIT.hold(customer.gateway(), showtimeId, List.of(seatId)).getString("id");
    }

    private static JsonObject pay(Customer customer, String bookingId) {
        return CheckoutIT.checkout(customer.gateway(), bookingId, CheckoutIT.card(CheckoutIT.GOOD_CARD),
                UUID.randomUUID().toString());
    }

    /** Holds one seat and pays for it: a confirmed booking. */
    private static JsonObject buy(Customer customer, String showtimeId, String seatId) {
        JsonObject confirmed = Fixtures.data(pay(customer, hold(customer, showtimeId, seatId)), "checkout");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        return confirmed;
    }

    private static List<JsonObject> rewards(Customer customer) {
        return GraphQlHttp.dataWithoutErrors(customer.gateway().post(MY_REWARDS)).getJsonArray("myRewards")
                .getValuesAs(JsonObject.class);
    }

    /** The customer's personal coupons as the coupon service itself lists them. */
    private static List<JsonObject> couponsAtTheCouponService(Customer customer) {
        return GraphQlHttp.dataWithoutErrors(customer.couponService().post("{ myCoupons { code issuedFor used } }"))
                .getJsonArray("myCoupons").getValuesAs(JsonObject.class);
    }

    /** myRewards once every reward has its coupon (issued right after the confirmation, or by the issuer task). */
    private static List<JsonObject> issuedRewards(Customer customer, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(ISSUE_WAIT);
        List<JsonObject> rewards = rewards(customer);
        while (!(rewards.size() >= expected && rewards.stream().allMatch(r -> "ISSUED".equals(r.getString("state"))))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            rewards = rewards(customer);
        }
        assertThat(rewards).as("rewards of customer %s after %s", customer.id(), ISSUE_WAIT)
                .allSatisfy(r -> assertThat(r.getString("state")).isEqualTo("ISSUED"));
        return rewards;
    }

    /** myLoyaltyProgress at the gateway: the count of confirmed bookings, the next milestone and how far it is. */
    private static JsonObject assertProgress(Customer customer, int confirmed, int nextMilestone, int toGo) {
        JsonObject progress = GraphQlHttp.dataWithoutErrors(customer.gateway().post("{ myLoyaltyProgress { confirmedBookings "
                + "bookingsToNext next { bookings value } milestones { bookings discountType value maxDiscountCents reached } } }"))
                .getJsonObject("myLoyaltyProgress");
        assertThat(progress.getInt("confirmedBookings")).as(progress.toString()).isEqualTo(confirmed);
        assertThat(progress.getJsonObject("next").getInt("bookings")).as(progress.toString()).isEqualTo(nextMilestone);
        assertThat(progress.getInt("bookingsToNext")).as(progress.toString()).isEqualTo(toGo);
        return progress;
    }

    @Test
    void theThirdBookingEarnsOneCouponThatWorksOnceForItsOwnerAndIsRefusedToOthers() throws Exception {
        Customer loyal = newCustomer();
        Rows rows = freshRows();
        List<String> rowA = rows.seatIdsByRow().get("A");

        assertProgress(loyal, 0, 3, 3);
        buy(loyal, rows.showtimeId(), rowA.get(0));
        buy(loyal, rows.showtimeId(), rowA.get(1));
        assertThat(rewards(loyal)).as("two bookings reach no milestone").isEmpty();
        assertProgress(loyal, 2, 3, 1);
        String third = buy(loyal, rows.showtimeId(), rowA.get(2)).getString("id");
        JsonObject progress = assertProgress(loyal, 3, 5, 2);
        assertThat(progress.getJsonArray("milestones").getValuesAs(JsonObject.class))
                .extracting(m -> m.getInt("bookings") + ":" + m.getString("discountType") + ":" + m.getInt("value") + ":"
                        + m.getBoolean("reached"))
                .containsExactly("3:PERCENT:10:true", "5:PERCENT:15:false", "10:PERCENT:25:false");
        assertThat(progress.getJsonObject("next").getInt("value")).isEqualTo(15);

        List<JsonObject> rewards = issuedRewards(loyal, 1);
        assertThat(rewards).hasSize(1);
        JsonObject reward = rewards.get(0);
        assertThat(reward.getInt("milestone")).isEqualTo(3);
        assertThat(reward.getString("bookingId")).isEqualTo(third);
        JsonObject coupon = reward.getJsonObject("coupon");
        String code = coupon.getString("code");
        assertThat(coupon.getString("discountType")).isEqualTo("PERCENT");
        assertThat(coupon.getInt("value")).isEqualTo(10);
        assertThat(coupon.getBoolean("used")).isFalse();
        assertThat(coupon.getBoolean("active")).isTrue();
        assertThat(Instant.parse(coupon.getString("expiresAt")))
                .isBetween(Instant.now().plus(Duration.ofDays(89)), Instant.now().plus(Duration.ofDays(91)));
        assertThat(couponsAtTheCouponService(loyal)).extracting(c -> c.getString("code")).containsExactly(code);

        // Another customer may not use it, and is told so.
        Customer stranger = newCustomer();
        String strangersHold = hold(stranger, rows.showtimeId(), rows.seatIdsByRow().get("B").get(0));
        JsonObject quote = Fixtures.data(stranger.gateway().post(CheckoutIT.QUOTE, Map.of("b", strangersHold, "c", code)),
                "quoteCoupon");
        assertThat(quote.getBoolean("valid")).isFalse();
        assertThat(quote.getString("reason")).isEqualTo("NOT_YOURS");
        JsonObject refused = stranger.gateway().post(CheckoutIT.APPLY, Map.of("b", strangersHold, "c", code));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("COUPON_INVALID");
        assertThat(GraphQlHttp.firstError(refused).getJsonObject("extensions").getString("reason")).isEqualTo("NOT_YOURS");

        // Its owner uses it: 10 % off a 11.50 seat.
        String fourth = hold(loyal, rows.showtimeId(), rowA.get(3));
        JsonObject applied = Fixtures.data(loyal.gateway().post(CheckoutIT.APPLY, Map.of("b", fourth, "c", code.toLowerCase())),
                "applyCoupon");
        assertThat(applied.getInt("discountCents")).isEqualTo(115);
        JsonObject paid = Fixtures.data(pay(loyal, fourth), "checkout");
        assertThat(paid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(paid.getJsonObject("payment").getInt("amountCents")).isEqualTo(1150 - 115);
        assertThat(rewards(loyal).get(0).getJsonObject("coupon").getBoolean("used")).isTrue();

        // ... once.
        String fifthHold = hold(loyal, rows.showtimeId(), rowA.get(4));
        JsonObject again = loyal.gateway().post(CheckoutIT.APPLY, Map.of("b", fifthHold, "c", code));
        assertThat(GraphQlHttp.firstErrorCode(again)).as(again.toString()).isEqualTo("COUPON_INVALID");
    }

    @Test
    void racingConfirmationsAndACancellationIssueExactlyOneCouponPerMilestone() throws Exception {
        Customer racer = newCustomer();
        Rows rows = freshRows();
        List<String> rowA = rows.seatIdsByRow().get("A");
        String firstBooking = buy(racer, rows.showtimeId(), rowA.get(0)).getString("id");
        buy(racer, rows.showtimeId(), rowA.get(1));
        // Six more holds, paid all at once while the first booking is cancelled: the count crosses 3 and 5 in
        // parallel confirmations (2 - 1 + 6 = 7 confirmed in the end, so milestones 3 and 5, never 10).
        List<String> held = new ArrayList<>();
        for (int seat = 2; seat < 8; seat++) {
            held.add(hold(racer, rows.showtimeId(), rowA.get(seat)));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(held.size() + 1);
        List<Future<JsonObject>> calls = new ArrayList<>();
        try {
            for (String bookingId : held) {
                calls.add(pool.submit(after(start, () -> pay(racer, bookingId))));
            }
            calls.add(pool.submit(after(start, () -> racer.gateway().post(CheckoutIT.CANCEL, Map.of("b", firstBooking)))));
            start.countDown();
            for (Future<JsonObject> call : calls) {
                JsonObject response = call.get();
                assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonObject> rewards = issuedRewards(racer, 2);
        assertThat(rewards).extracting(r -> r.getInt("milestone")).containsExactly(3, 5);
        List<String> codes = rewards.stream().map(r -> r.getJsonObject("coupon").getString("code")).toList();
        assertThat(codes).doesNotHaveDuplicates();
        // Exactly one coupon per milestone at the coupon service, whatever the race.
        List<JsonObject> coupons = couponsAtTheCouponService(racer);
        assertThat(coupons).extracting(c -> c.getString("issuedFor")).containsExactlyInAnyOrder("LOYALTY_3", "LOYALTY_5");
        assertThat(coupons).extracting(c -> c.getString("code")).containsExactlyInAnyOrderElementsOf(codes);

        // Cancelling a confirmed booking takes nothing back: a reward issued stays issued (docs/decisions/0010).
        assertThat(rewards(racer)).hasSize(2);
        // 7 confirmed after the cancellation, 3 and 5 reached: the 10th is next, three bookings away
        assertProgress(racer, 7, 10, 3);
    }

    private static <T> Callable<T> after(CountDownLatch start, Callable<T> call) {
        return () -> {
            start.await();
            return call.call();
        };
    }
}
