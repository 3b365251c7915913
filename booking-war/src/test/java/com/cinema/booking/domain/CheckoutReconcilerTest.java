package com.cinema.booking.domain;

import com.cinema.common.error.UpstreamUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.RECONCILE_AFTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reconciler's decisions for bookings left PAYMENT_PENDING, and its redeem step. */
class CheckoutReconcilerTest {

    private static final long ALICE = 41;

    private InMemoryBookingService service;
    private long showtimeId;

    @BeforeEach
    void showtimeInFiveHours() {
        service = new InMemoryBookingService();
        showtimeId = service.rowOfSixInFiveHours(true).getId();
    }

    /** A checkout whose charge never reached the payment service: PAYMENT_PENDING, step CHARGE_SENT. */
    private Booking stuck(String seat, String coupon) {
        Booking held = service.held(ALICE, showtimeId, seat, coupon);
        service.payments.chargeNeverArrives = true;
        assertThatThrownBy(() -> service.checkout.checkout(new Checkout.Request(ALICE, "a@cinema.test", held.getId(),
                "key-" + held.getId(), new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "A", null, null))))
                .isInstanceOf(UpstreamUnavailableException.class);
        service.payments.chargeNeverArrives = false;
        return stored(held);
    }

    private Booking stored(Booking booking) {
        return service.bookings.rows.get(booking.getId());
    }

    @Test
    void youngPendingBookingsAreLeftAlone() {
        Booking booking = stuck("1", null);
        service.payments.charged(booking.getId(), booking.getTotalCents(), booking.getIdempotencyKey(), "SUCCEEDED");
        service.clock.advance(RECONCILE_AFTER.minusSeconds(1));

        service.reconciler.reconcile();

        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
    }

    @Test
    void chargeThatSucceededIsConfirmedOnceWithItsNoticeAndCoupon() {
        Booking booking = stuck("1", "WELCOME10");
        service.payments.charged(booking.getId(), booking.getTotalCents(), booking.getIdempotencyKey(), "SUCCEEDED");
        service.clock.advance(RECONCILE_AFTER);

        CheckoutReconciler.Run run = service.reconciler.reconcile();
        service.reconciler.reconcile();

        assertThat(run.confirmed()).isEqualTo(1);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored(booking).getCheckoutStep()).isEqualTo(CheckoutStep.COUPON_REDEEMED);
        assertThat(service.notices.queued).containsExactly(booking.getId() + ":BOOKING_CONFIRMED:a@cinema.test");
        assertThat(service.metrics.reconciled).containsExactly("confirmed");
        assertThat(service.payments.refunds).isEmpty();
    }

    @Test
    void chargeThatSucceededForABookingThatCanNoLongerBeConfirmedIsRefunded() {
        Booking booking = stuck("1", null);
        service.payments.charged(booking.getId(), booking.getTotalCents(), booking.getIdempotencyKey(), "SUCCEEDED");
        service.schedule.cancel(showtimeId);
        service.clock.advance(RECONCILE_AFTER);

        CheckoutReconciler.Run run = service.reconciler.reconcile();

        assertThat(run.refunded()).isEqualTo(1);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.FAILED);
        assertThat(service.payments.refunds).hasSize(1);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
        assertThat(service.notices.queued).isEmpty();
    }

    @Test
    void chargeThatFailedReturnsTheBookingToHeldAndReleasesTheCoupon() {
        Booking booking = stuck("1", "WELCOME10");
        service.coupons.reservations.put(booking.getId(), "RESERVED");
        service.payments.charged(booking.getId(), booking.getTotalCents(), booking.getIdempotencyKey(), "FAILED");
        service.clock.advance(RECONCILE_AFTER);

        CheckoutReconciler.Run run = service.reconciler.reconcile();

        assertThat(run.returned()).isEqualTo(1);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(service.coupons.reservations).containsEntry(booking.getId(), "RELEASED");
    }

    @Test
    void chargeThatNeverHappenedAfterTheHoldRanOutExpiresTheBookingAndFreesTheSeats() {
        Booking booking = stuck("1", null);
        service.clock.advance(HOLD.plus(RECONCILE_AFTER));

        service.reconciler.reconcile();

        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
        assertThat(service.payments.successfulCharges()).isZero();
    }

    /**
     * Two replicas read the same PAYMENT_PENDING booking; the other one settles it while this one asks the payment
     * service (its first lookup runs the other replica's whole settle first).
     */
    private void anotherReplicaSettlesDuringTheLookup() {
        boolean[] raced = {false};
        service.reconciler.payments = new FakePayments() {
            @Override
            public java.util.Optional<PaymentOutcome> byIdempotencyKey(String key, long userId) {
                if (!raced[0]) {
                    raced[0] = true;
                    service.reconciler.settle(service.bookings.rows.values().iterator().next().getId());
                }
                return service.payments.byIdempotencyKey(key, userId);
            }
        };
    }

    @Test
    void aConfirmationAnotherReplicaMadeFirstIsCountedOnce() {
        Booking booking = stuck("1", null);
        service.payments.charged(booking.getId(), booking.getTotalCents(), booking.getIdempotencyKey(), "SUCCEEDED");
        service.clock.advance(RECONCILE_AFTER);
        anotherReplicaSettlesDuringTheLookup();

        CheckoutReconciler.Run run = service.reconciler.reconcile();

        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(run.confirmed()).as("this run lost the race").isZero();
        assertThat(run.left()).isEqualTo(1);
        assertThat(service.metrics.reconciled).as("only the replica that confirmed counts").containsExactly("confirmed");
        assertThat(service.notices.queued).hasSize(1);
    }

    @Test
    void aReturnAnotherReplicaMadeFirstIsCountedOnce() {
        Booking booking = stuck("1", null);
        service.payments.charged(booking.getId(), booking.getTotalCents(), booking.getIdempotencyKey(), "FAILED");
        service.clock.advance(RECONCILE_AFTER);
        anotherReplicaSettlesDuringTheLookup();

        CheckoutReconciler.Run run = service.reconciler.reconcile();

        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(run.returned()).as("this run lost the race").isZero();
        assertThat(service.metrics.reconciled).as("only the replica that returned it counts").containsExactly("returned");
    }

    @Test
    void oneBadBookingNeverStopsTheOthers() {
        Booking first = stuck("1", null);
        Booking second = stuck("2", null);
        service.payments.charged(second.getId(), second.getTotalCents(), second.getIdempotencyKey(), "SUCCEEDED");
        FakePayments lookupBreaksForFirst = new FakePayments() {
            @Override
            public java.util.Optional<PaymentOutcome> byIdempotencyKey(String key, long userId) {
                if (key.equals(first.getIdempotencyKey())) {
                    throw new IllegalStateException("broken row");
                }
                return service.payments.byIdempotencyKey(key, userId);
            }
        };
        service.reconciler.payments = lookupBreaksForFirst;
        service.clock.advance(RECONCILE_AFTER);

        CheckoutReconciler.Run run = service.reconciler.reconcile();

        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.confirmed()).isEqualTo(1);
        assertThat(stored(first).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(stored(second).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void couponWhoseRedeemFailedIsRedeemedLater() {
        Booking held = service.holds.hold(ALICE, showtimeId, List.of("3"));
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");
        service.coupons.redeemFails = true;
        Booking paid = service.checkout.checkout(new Checkout.Request(ALICE, "a@cinema.test", held.getId(), "k",
                new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "A", null, null)));
        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored(paid).getCheckoutStep()).isEqualTo(CheckoutStep.CONFIRMED);

        service.coupons.redeemFails = false;
        service.clock.advance(RECONCILE_AFTER);
        service.reconciler.reconcile();

        assertThat(stored(paid).getCheckoutStep()).isEqualTo(CheckoutStep.COUPON_REDEEMED);
        assertThat(service.coupons.reservations).containsEntry(held.getId(), "REDEEMED");
    }

    @Test
    void paymentArrivingAfterTheBookingExpiredUnpaidIsRecordedAndRefundedEvenIfTheFirstRefundFails() {
        Booking booking = stuck("4", null);
        String key = booking.getIdempotencyKey();
        service.clock.advance(HOLD.plus(RECONCILE_AFTER));
        service.reconciler.reconcile(); // no charge known: EXPIRED, seats freed
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.EXPIRED);

        // The lost charge shows up after all and its late answer reaches the checkout; the refund fails at first.
        service.payments.charged(booking.getId(), booking.getTotalCents(), key, "SUCCEEDED");
        long paymentId = service.payments.byKey.get(key).paymentId();
        FakePayments refundsDown = new FakePayments() {
            @Override
            public void refund(long id, String reason, String idempotencyKey) {
                throw new UpstreamUnavailableException("payment", null);
            }
        };
        service.cancellation.payments = refundsDown;
        assertThatThrownBy(() -> service.settlement.paid(booking.getId(), key, paymentId))
                .isInstanceOf(UpstreamUnavailableException.class);
        assertThat(stored(booking).getCheckoutStep()).isEqualTo(CheckoutStep.REFUND_PENDING);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.EXPIRED);

        service.cancellation.payments = service.payments;
        service.clock.advance(RECONCILE_AFTER);
        service.reconciler.reconcile();

        assertThat(stored(booking).getCheckoutStep()).isEqualTo(CheckoutStep.REFUNDED);
        assertThat(service.payments.refunds).containsExactly(paymentId + ":The booking could no longer be confirmed");
        assertThat(service.metrics.refunds).containsExactly("unconfirmable");
    }
}
