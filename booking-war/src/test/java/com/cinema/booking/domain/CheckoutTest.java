package com.cinema.booking.domain;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.HoldExpiredException;
import com.cinema.common.error.PaymentDeclinedException;
import com.cinema.common.error.UpstreamUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkout saga with in-memory ports (payment, coupon, outbox) and a clock the test moves. */
class CheckoutTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;
    private static final String GOOD_CARD = "4242424242424242";

    private InMemoryBookingService service;
    private long showtimeId;

    @BeforeEach
    void showtimeInFiveHours() {
        service = new InMemoryBookingService();
        showtimeId = service.rowOfSixInFiveHours(true).getId();
    }

    private Booking hold(long user, String... seats) {
        return service.holds.hold(user, showtimeId, List.of(seats));
    }

    private Booking pay(long user, Booking booking, String key, String card) {
        return service.checkout.checkout(new Checkout.Request(user, "u" + user + "@cinema.test", booking.getId(), key,
                new PaymentDetails("CARD", card, 12, 2030, "123", "A Customer", null, null)));
    }

    private Booking stored(Booking booking) {
        return service.bookings.rows.get(booking.getId());
    }

    @Test
    void happyPathConfirmsWithSoldSeatsOneNoticeAndTheCouponRedeemed() {
        Booking held = hold(ALICE, "1", "2");
        service.couponApplication.apply(ALICE, held.getId(), " welcome10 ");

        Booking paid = pay(ALICE, held, "key-1", GOOD_CARD);

        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(paid.getCouponCode()).isEqualTo("WELCOME10");
        assertThat(paid.getDiscountCents()).isEqualTo(200);
        assertThat(paid.getTotalCents()).isEqualTo(1800);
        assertThat(service.payments.chargeCalls).singleElement()
                .satisfies(c -> assertThat(c.amountCents()).isEqualTo(1800));
        assertThat(paid.getPaymentId()).isEqualTo(service.payments.byKey.get("key-1").paymentId());
        assertThat(paid.getTickets()).hasSize(2);
        assertThat(stored(paid).getCheckoutStep()).isEqualTo(CheckoutStep.COUPON_REDEEMED);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "REDEEMED");
        assertThat(service.seatEvents.described()).containsExactly("A1:HELD", "A2:HELD", "A1:SOLD", "A2:SOLD");
        assertThat(service.seatLocks.holder(showtimeId, 1)).isEqualTo(held.getId());
        assertThat(service.notices.queued).containsExactly(held.getId() + ":BOOKING_CONFIRMED:u41@cinema.test");
        assertThat(service.metrics.checkouts).containsExactly("confirmed");
    }

    @Test
    void declineReturnsTheBookingToHeldReleasesTheCouponAndPassesTheReasonOn() {
        Booking held = hold(ALICE, "1");
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", FakePayments.DECLINING_CARD))
                .isInstanceOf(PaymentDeclinedException.class)
                .satisfies(e -> assertThat(((ApiException) e).extensions())
                        .containsEntry("reason", "CARD_DECLINED").containsEntry("retryable", false)
                        .containsKey("paymentId"));

        Booking after = stored(held);
        assertThat(after.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(after.getHoldExpiresAt()).isEqualTo(START.plus(HOLD));
        assertThat(after.getCouponCode()).isEqualTo("WELCOME10");
        assertThat(after.getIdempotencyKey()).isNull();
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "RELEASED");
        assertThat(service.seatLocks.holder(showtimeId, 1)).isEqualTo(held.getId());
        assertThat(service.notices.queued).isEmpty();

        // Paying again with a good card and a new key succeeds.
        assertThat(pay(ALICE, held, "key-2", GOOD_CARD).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.metrics.checkouts).containsExactly("declined", "confirmed");
    }

    @Test
    void declineAfterTheHoldRanOutExpiresTheBookingAndFreesItsSeats() {
        Booking held = hold(ALICE, "1");
        service.payments.chargeNeverArrives = true;
        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD)).isInstanceOf(UpstreamUnavailableException.class);
        service.clock.advance(HOLD.plusMinutes(1));
        service.payments.chargeNeverArrives = false;

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", FakePayments.DECLINING_CARD))
                .isInstanceOf(PaymentDeclinedException.class);

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
    }

    @Test
    void unknownOutcomeIsAskedForByKeyBeforeDeciding() {
        Booking held = hold(ALICE, "1");
        service.payments.loseAnswer = true;

        Booking paid = pay(ALICE, held, "key-1", GOOD_CARD);

        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.chargeCalls).hasSize(1);
        assertThat(service.notices.queued).hasSize(1);
    }

    @Test
    void outcomeStillUnknownLeavesPaymentPendingAndTheSeatsKept() {
        Booking held = hold(ALICE, "1");
        service.payments.loseAnswer = true;
        service.payments.lookupFails = true;

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD)).isInstanceOf(UpstreamUnavailableException.class);

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(stored(held).getCheckoutStep()).isEqualTo(CheckoutStep.CHARGE_SENT);
        service.clock.advance(HOLD.plusMinutes(5));
        service.expiry.expireRunOut(service.clock.instant());
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(service.metrics.checkouts).containsExactly("pending");
    }

    @Test
    void sameKeyTwiceChargesOnceAndAnswersTheConfirmedBookingBothTimes() {
        Booking held = hold(ALICE, "1");

        Booking first = pay(ALICE, held, "key-1", GOOD_CARD);
        Booking second = pay(ALICE, held, "key-1", GOOD_CARD);

        assertThat(first.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(second.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(second.getPaymentId()).isEqualTo(first.getPaymentId());
        assertThat(service.payments.successfulCharges()).isEqualTo(1);
        assertThat(service.notices.queued).hasSize(1);
        assertThat(service.seatEvents.described()).containsExactly("A1:HELD", "A1:SOLD");
    }

    @Test
    void sameKeyWithAnotherCardIsTheConflictThePaymentServiceDecides() {
        Booking held = hold(ALICE, "1");
        pay(ALICE, held, "key-1", GOOD_CARD);

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", "5555555555554444")).isInstanceOf(ConflictException.class);
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void anotherKeyWhilePaymentIsPendingIsConflict() {
        Booking held = hold(ALICE, "1");
        service.payments.chargeNeverArrives = true;
        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD)).isInstanceOf(UpstreamUnavailableException.class);

        assertThatThrownBy(() -> pay(ALICE, held, "key-2", GOOD_CARD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PAYMENT_PENDING");
        assertThat(service.payments.chargeCalls).hasSize(1);
    }

    @Test
    void holdThatRanOutIsHoldExpiredAndNothingIsCharged() {
        Booking held = hold(ALICE, "1");
        service.clock.advance(HOLD);

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD)).isInstanceOf(HoldExpiredException.class);
        assertThat(service.payments.chargeCalls).isEmpty();
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(service.metrics.checkouts).containsExactly("hold_expired");
    }

    @Test
    void someoneElsesBookingIsNotFound() {
        Booking held = hold(ALICE, "1");
        assertThatThrownBy(() -> pay(BOB, held, "key-1", GOOD_CARD))
                .isInstanceOf(com.cinema.common.error.NotFoundException.class);
    }

    @Test
    void couponRefusedAtReservationReturnsTheBookingToHeldWithoutIt() {
        Booking held = hold(ALICE, "1", "2");
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");
        service.coupons.refusedAtReserve.add("WELCOME10");

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD))
                .isInstanceOf(CouponInvalidException.class)
                .satisfies(e -> assertThat(((ApiException) e).extensions()).containsEntry("reason", "USED_UP"));

        Booking after = stored(held);
        assertThat(after.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(after.getCouponCode()).isNull();
        assertThat(after.getTotalCents()).isEqualTo(after.getSubtotalCents());
        assertThat(service.payments.chargeCalls).isEmpty();
    }

    @Test
    void invalidCouponIsRefusedWithItsReasonAndTheBookingUnchanged() {
        Booking held = hold(ALICE, "1");
        assertThatThrownBy(() -> service.couponApplication.apply(ALICE, held.getId(), "NOPE"))
                .isInstanceOf(CouponInvalidException.class)
                .satisfies(e -> assertThat(((ApiException) e).extensions()).containsEntry("reason", "UNKNOWN"));
        assertThat(stored(held).getCouponCode()).isNull();
    }

    @Test
    void paymentForAShowtimeCancelledMeanwhileIsRefundedNotConfirmed() {
        Booking held = hold(ALICE, "1");
        service.payments.chargeNeverArrives = true;
        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD)).isInstanceOf(UpstreamUnavailableException.class);
        service.schedule.cancel(showtimeId);
        service.payments.chargeNeverArrives = false;

        assertThatThrownBy(() -> pay(ALICE, held, "key-1", GOOD_CARD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refunded");

        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.FAILED);
        assertThat(stored(held).getCheckoutStep()).isEqualTo(CheckoutStep.REFUNDED);
        assertThat(service.payments.refunds).hasSize(1);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
    }
}
