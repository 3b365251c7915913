package com.cinema.booking.domain;

import com.cinema.testing.LogRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lock contention that outlasts the retries in the coupon and checkout steps of the saga: CONFLICT saying how far
 * the request got (never INTERNAL, and never "nothing happened" once a coupon is reserved or money taken), and the
 * state it leaves is what the answer says: the same key goes on, or the reconciler settles it.
 */
class CheckoutContentionTest {

    private static final long ALICE = 41;
    private static final String GOOD_CARD = "4242424242424242";

    private InMemoryBookingService service;
    private long showtimeId;

    @BeforeEach
    void showtimeInFiveHours() {
        service = new InMemoryBookingService();
        showtimeId = service.rowOfSixInFiveHours(true).getId();
    }

    private Booking hold(String seat, String coupon) {
        return service.held(ALICE, showtimeId, seat, coupon);
    }

    private Booking pay(Booking booking, String key, String card) {
        return service.checkout.checkout(new Checkout.Request(ALICE, "alice@cinema.test", booking.getId(), key,
                new PaymentDetails("CARD", card, 12, 2030, "123", "A Customer", null, null)));
    }

    private Booking stored(Booking booking) {
        return service.bookings.rows.get(booking.getId());
    }

    /** Payments whose first charge goes through (or is declined) and after which every transaction gives up. */
    private FakePayments contendedAfterTheCharge() {
        FakePayments payments = new FakePayments() {
            private boolean armed = true;

            @Override
            public PaymentOutcome charge(ChargeOrder order) {
                if (armed) {
                    armed = false;
                    service.transactions.failAfter(0, 100);
                }
                return super.charge(order);
            }
        };
        service.checkout.payments = payments;
        service.reconciler.payments = payments;
        return payments;
    }

    private void reconcileLater() {
        service.transactions.failAfter(0, 0);
        service.clock.advance(Duration.ofMinutes(3));
        service.reconciler.reconcile();
    }

    @Test
    void applyingACouponThatGivesUpIsAConflictWithTheCouponNotApplied() {
        Booking held = hold("1", null);
        service.transactions.failAfter(1, 100); // the booking is read and the coupon quoted; the change gives up

        assertConflict(() -> service.couponApplication.apply(ALICE, held.getId(), "WELCOME10")).isEqualTo("Booking "
                + held.getId() + " is being changed by another request right now; the coupon was not applied, "
                + "please try again");

        service.transactions.failAfter(0, 0);
        assertThat(stored(held).getCouponCode()).isNull();
        assertThat(stored(held).getDiscountCents()).isZero();
        assertThat(service.coupons.reservations).as("a quote reserves nothing").isEmpty();
        assertThat(service.couponApplication.apply(ALICE, held.getId(), "WELCOME10").getCouponCode()).isEqualTo("WELCOME10");
    }

    @Test
    void removingACouponThatGivesUpIsAConflictWithTheCouponStillOn() {
        Booking held = hold("1", "WELCOME10");
        service.transactions.failAfter(0, 100);

        assertConflict(() -> service.couponApplication.remove(ALICE, held.getId())).isEqualTo("Booking "
                + held.getId() + " is being changed by another request right now; the coupon was not removed, "
                + "please try again");

        assertThat(stored(held).getCouponCode()).isEqualTo("WELCOME10");
    }

    @Test
    void checkoutWhoseFirstStepGivesUpChangedNothingAndChargedNothing() {
        Booking held = hold("1", "WELCOME10");
        service.transactions.failAfter(0, 100);

        assertConflict(() -> pay(held, "key-1", GOOD_CARD)).isEqualTo("Booking " + held.getId() + " is being changed "
                + "by another request right now; this request changed nothing and charged nothing, please try again");

        service.transactions.failAfter(0, 0);
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(stored(held).getCheckoutStep()).isNull();
        assertThat(service.payments.chargeCalls).isEmpty();
        assertThat(service.coupons.reservations).isEmpty();
        assertThat(service.notices.queued).isEmpty();
        assertThat(service.metrics.checkouts).isEmpty();
        assertThat(pay(held, "key-1", GOOD_CARD).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void givingUpOnceTheCouponIsReservedSaysSoAndTheSameKeyGoesOnWithOneCharge() {
        Booking held = hold("1", "WELCOME10");
        // Begun, the showtime read, the coupon reserved at the coupon service; recording that gives up.
        service.transactions.failAfter(2, 100);

        assertConflict(() -> pay(held, "key-1", GOOD_CARD)).isEqualTo("Booking " + held.getId() + " is being changed "
                + "by another request right now; this request charged nothing and the booking's coupon stays reserved "
                + "for this checkout, please try again with the same idempotency key");

        service.transactions.failAfter(0, 0);
        assertThat(service.payments.chargeCalls).isEmpty();
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RESERVED");
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(service.metrics.checkouts).containsExactly("pending");

        Booking paid = pay(held, "key-1", GOOD_CARD);
        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(paid.getDiscountCents()).isEqualTo(100);
        assertThat(service.payments.chargeCalls).hasSize(1);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "REDEEMED");
    }

    @Test
    void aCheckoutLeftAfterTheCouponWasReservedIsReturnedToHeldAndTheCouponReleasedByTheReconciler() {
        Booking held = hold("1", "WELCOME10");
        service.transactions.failAfter(2, 100);
        assertConflict(() -> pay(held, "key-1", GOOD_CARD)).contains("coupon stays reserved");

        reconcileLater();

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RELEASED");
        assertThat(service.payments.chargeCalls).isEmpty();
    }

    @Test
    void recordingTheChargeAsSentGivesUpBeforeAnyMoneyIsTakenAndIsLogged() {
        Booking held = hold("1", null);
        List<LogRecord> logged;
        try (LogRecorder log = LogRecorder.of(Contention.class)) {
            service.transactions.failAfter(1, 100); // begun; CHARGE_SENT gives up

            assertConflict(() -> pay(held, "key-1", GOOD_CARD)).isEqualTo("Booking " + held.getId() + " is being "
                    + "changed by another request right now; this request charged nothing, please try again with the "
                    + "same idempotency key");
            logged = log.records();
        }

        assertThat(service.payments.chargeCalls).isEmpty();
        assertThat(service.notices.queued).isEmpty();
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getParameters()[1]).hasToString("java.lang.RuntimeException: deadlock (played)");
        });
    }

    @Test
    void aChargeThatWentThroughIsNeverAnsweredAsNothingHappenedAndTheReconcilerConfirmsIt() {
        Booking held = hold("1", null);
        FakePayments payments = contendedAfterTheCharge();

        assertConflict(() -> pay(held, "key-1", GOOD_CARD))
                .startsWith("The payment for booking " + held.getId() + " went through, but the booking is being "
                        + "changed by another request right now and is not confirmed yet: it is confirmed within a few "
                        + "minutes")
                .contains("check My bookings", "same idempotency key never charges twice")
                .doesNotContainIgnoringCase("nothing");

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(stored(held).getCheckoutStep()).isEqualTo(CheckoutStep.CHARGE_SENT);
        assertThat(payments.successfulCharges()).isEqualTo(1);
        assertThat(service.notices.queued).isEmpty();
        assertThat(service.metrics.checkouts).containsExactly("pending");

        reconcileLater();

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored(held).getPaymentId()).isEqualTo(payments.byKey.get("key-1").paymentId());
        assertThat(service.notices.queued).containsExactly(held.getId() + ":BOOKING_CONFIRMED:alice@cinema.test");
        assertThat(payments.successfulCharges()).isEqualTo(1);
        assertThat(payments.refunds).isEmpty();
    }

    @Test
    void afterAChargeThatWentThroughTheSameKeyConfirmsWithoutChargingTwice() {
        Booking held = hold("1", "WELCOME10");
        FakePayments payments = contendedAfterTheCharge();
        assertConflict(() -> pay(held, "key-1", GOOD_CARD)).contains("went through");
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RESERVED");

        service.transactions.failAfter(0, 0);
        Booking paid = pay(held, "key-1", GOOD_CARD);

        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(payments.chargeCalls).hasSize(2);
        assertThat(payments.successfulCharges()).isEqualTo(1);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "REDEEMED");
    }

    @Test
    void aDeclineWhoseReturnToHoldGivesUpSaysNothingWasChargedAndTheReconcilerReturnsIt() {
        Booking held = hold("1", "WELCOME10");
        contendedAfterTheCharge();

        assertConflict(() -> pay(held, "key-1", FakePayments.DECLINING_CARD)).isEqualTo("Nothing was charged for "
                + "booking " + held.getId() + " (Your card was declined), but the booking is being changed by another "
                + "request right now and could not be put back on hold yet; that happens within a few minutes (unless "
                + "its hold has run out): check My bookings, then try again");
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RESERVED");

        reconcileLater();

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RELEASED");
    }

    @Test
    void aConfirmedBookingThatCannotBeReadBackIsAnsweredAsConfirmed() {
        Booking held = hold("1", null);
        // Begun, CHARGE_SENT, confirmed, the coupon step read and recorded; reading the booking back gives up.
        service.transactions.failAfter(5, 100);

        assertConflict(() -> pay(held, "key-1", GOOD_CARD)).isEqualTo("Booking " + held.getId() + " is confirmed and "
                + "paid, but it cannot be shown right now; check My bookings");

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.metrics.checkouts).containsExactly("confirmed");
    }

    @Test
    void aCouponRedemptionThatCannotReadTheBookingStillAnswersTheConfirmation() {
        Booking held = hold("1", "WELCOME10");
        // Begun, showtime read, coupon reserved, CHARGE_SENT, confirmed; the redemption's read gives up once.
        service.transactions.failAfter(5, 1);

        Booking paid = pay(held, "key-1", GOOD_CARD);

        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored(held).getCheckoutStep()).isEqualTo(CheckoutStep.CONFIRMED);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RESERVED");

        reconcileLater();
        assertThat(stored(held).getCheckoutStep()).isEqualTo(CheckoutStep.COUPON_REDEEMED);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "REDEEMED");
    }
}
