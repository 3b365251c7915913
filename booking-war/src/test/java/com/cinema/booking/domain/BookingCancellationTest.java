package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cancelling and refunding confirmed bookings: the cut-off, seats freed at once, refunds and notices. */
class BookingCancellationTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;

    private InMemoryBookingService service;
    private long showtimeId;
    private Showtime showtime;

    @BeforeEach
    void showtimeInFiveHours() {
        service = new InMemoryBookingService();
        // Seat rules off: these tests hold single seats anywhere (the rules have SeatRulesHoldTest).
        showtime = service.rowOfSixInFiveHours(false);
        showtimeId = showtime.getId();
    }

    private Booking confirmed(long user, String seat, String coupon) {
        Booking held = service.holds.hold(user, showtimeId, List.of(seat));
        if (coupon != null) {
            service.couponApplication.apply(user, held.getId(), coupon);
        }
        return service.checkout.checkout(new Checkout.Request(user, "u" + user + "@cinema.test", held.getId(),
                "key-" + held.getId(), new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "C", null, null)));
    }

    private Booking stored(Booking booking) {
        return service.bookings.rows.get(booking.getId());
    }

    @Test
    void ownerCancelsBeforeTheCutOffRefundedInFullSeatsFreeCouponReleased() {
        Booking booking = confirmed(ALICE, "1", "WELCOME10");
        service.clock.advance(Duration.ofHours(2)); // 3 hours before the start

        Booking cancelled = service.cancellation.cancel(ALICE, booking.getId());

        assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.getCheckoutStep()).isEqualTo(CheckoutStep.REFUNDED);
        assertThat(service.payments.refunds).containsExactly(booking.getPaymentId() + ":Cancelled by the customer");
        assertThat(service.coupons.reservations).containsEntry(booking.getId(), "RELEASED");
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
        assertThat(service.seatEvents.described()).endsWith("A1:AVAILABLE");
        assertThat(service.notices.queued).contains(booking.getId() + ":BOOKING_CANCELLED:u41@cinema.test");
        assertThat(service.metrics.refunds).containsExactly("cancelled");

        // A repeat changes nothing and refunds nothing more.
        service.cancellation.cancel(ALICE, booking.getId());
        assertThat(service.payments.refunds).hasSize(1);
    }

    @Test
    void afterTheCutOffIsConflictNamingTheCutOffTime() {
        Booking booking = confirmed(ALICE, "1", null);
        service.clock.advance(Duration.ofHours(3)); // exactly at the cut-off

        assertThatThrownBy(() -> service.cancellation.cancel(ALICE, booking.getId()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(showtime.getStartsAt().minus(Duration.ofHours(2)).toString());
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.refunds).isEmpty();
    }

    @Test
    void someoneElsesBookingIsNotFound() {
        Booking booking = confirmed(ALICE, "1", null);
        assertThatThrownBy(() -> service.cancellation.cancel(BOB, booking.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancellingAHoldReleasesIt() {
        Booking held = service.holds.hold(ALICE, showtimeId, List.of("2"));
        assertThat(service.cancellation.cancel(ALICE, held.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.seatLocks.holder(showtimeId, 2)).isNull();
        assertThat(service.payments.refunds).isEmpty();
    }

    @Test
    void staffRefundAnyConfirmedBookingWithAReasonEvenAfterTheCutOff() {
        Booking booking = confirmed(ALICE, "1", null);
        service.clock.advance(Duration.ofHours(4));

        assertThatThrownBy(() -> service.cancellation.refund(booking.getId(), " ")).isInstanceOf(ValidationException.class);
        Booking refunded = service.cancellation.refund(booking.getId(), "Projector broke");

        assertThat(refunded.getStatus()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(service.payments.refunds).containsExactly(booking.getPaymentId() + ":Projector broke");
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
        assertThat(service.metrics.refunds).containsExactly("staff");
    }

    @Test
    void refundThatFailsIsFinishedByTheReconciler() {
        Booking booking = confirmed(ALICE, "1", null);
        FakePayments failing = new FakePayments() {
            @Override
            public void refund(long paymentId, String reason, String idempotencyKey) {
                throw new UpstreamUnavailableException("payment", null);
            }
        };
        service.cancellation.payments = failing;
        Booking refunded = service.cancellation.refund(booking.getId(), "Double booking");
        assertThat(refunded.getStatus()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(refunded.getCheckoutStep()).isEqualTo(CheckoutStep.REFUND_PENDING);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();

        service.cancellation.payments = service.payments;
        service.clock.advance(Duration.ofMinutes(3));
        service.reconciler.reconcile();

        assertThat(stored(booking).getCheckoutStep()).isEqualTo(CheckoutStep.REFUNDED);
        assertThat(service.payments.refunds).containsExactly(booking.getPaymentId() + ":Double booking");
    }

    @Test
    void aBookingWhoseTicketsWereUsedAtTheDoorIsNotCancelledEvenBeforeTheCutOff() throws ReflectiveOperationException {
        Booking booking = confirmed(ALICE, "1", null);
        service.clock.advance(Duration.ofHours(2)); // 3 hours before the start: a door that opens 4 hours before
        Instant used = service.clock.instant().minusSeconds(60);
        java.lang.reflect.Field checkedInAt = Ticket.class.getDeclaredField("checkedInAt");
        checkedInAt.setAccessible(true);
        checkedInAt.set(stored(booking).getTickets().get(0), used); // as the door's UPDATE leaves the row

        assertThatThrownBy(() -> service.cancellation.cancel(ALICE, booking.getId()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Booking " + booking.getId() + " can no longer be cancelled: its tickets were used at the "
                        + "door at " + used);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.refunds).isEmpty();
        assertThat(service.seatLocks.holder(showtimeId, 1)).isEqualTo(booking.getId());
    }

    @Test
    void cancellingTheShowtimeRefundsEveryConfirmedBookingAndTellsEachCustomer() {
        Booking alice = confirmed(ALICE, "1", null);
        Booking bob = confirmed(BOB, "2", null);
        Booking held = service.holds.hold(ALICE, showtimeId, List.of("3"));

        service.schedule.cancel(showtimeId);

        assertThat(stored(alice).getStatus()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(stored(bob).getStatus()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(stored(held).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.payments.refunds).hasSize(2);
        assertThat(service.notices.queued).contains(alice.getId() + ":SHOWTIME_CANCELLED:u41@cinema.test",
                bob.getId() + ":SHOWTIME_CANCELLED:u42@cinema.test");
        assertThat(service.seatLocks.rows).isEmpty();
        assertThat(service.metrics.refunds).containsExactly("showtime_cancelled", "showtime_cancelled");
    }

    @Test
    void aShowtimeStoppedHalfwayIsCancelledAndRefundedButOneThatHasEndedIsNot() {
        Showtime stopped = service.scheduled(7, showtime.getStartsAt().plus(Duration.ofHours(3)), Duration.ofMinutes(120));
        Booking alice = confirmed(ALICE, "1", null);
        Booking bob = service.checkout.checkout(new Checkout.Request(BOB, "u42@cinema.test",
                service.holds.hold(BOB, stopped.getId(), List.of("1")).getId(), "key-bob",
                new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "C", null, null)));

        // A minute before the first showtime ends (the film still running), a breakdown may still cancel it.
        service.clock.advance(Duration.ofHours(5).plusMinutes(119));
        service.schedule.cancel(showtimeId);
        assertThat(stored(alice).getStatus()).isEqualTo(BookingStatus.REFUNDED);

        // The second one has run to its end: cancelling it now would refund a show that was seen.
        service.clock.advance(Duration.ofHours(3).plusMinutes(1));
        assertThatThrownBy(() -> service.schedule.cancel(stopped.getId()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Showtime " + stopped.getId() + " ended at " + stopped.getEndsAt()
                        + " and cannot be cancelled: refund its bookings one by one instead");
        assertThat(stopped.getStatus()).isEqualTo(ShowtimeStatus.SCHEDULED);
        assertThat(stored(bob).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.refunds).containsExactly(alice.getPaymentId() + ":The showtime was cancelled");
        // Cancelling one already cancelled stays the quiet no-op it was, however late.
        assertThat(service.schedule.cancel(showtimeId).getStatus()).isEqualTo(ShowtimeStatus.CANCELLED);
    }

    @Test
    void aCancellationThatGivesUpIsAConflictWithNothingCancelledNorRefunded() {
        Booking booking = confirmed(ALICE, "1", "WELCOME10");
        service.clock.advance(Duration.ofHours(2));
        service.transactions.failAfter(1, 100); // the booking is read; ending it gives up

        assertConflict(() -> service.cancellation.cancel(ALICE, booking.getId()))
                .isEqualTo("Booking "
                        + booking.getId() + " is being changed by another request right now; nothing was cancelled, "
                        + "please try again");

        service.transactions.failAfter(0, 0);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.refunds).isEmpty();
        assertThat(service.coupons.reservations).containsEntry(booking.getId(), "REDEEMED");
        assertThat(service.seatLocks.holder(showtimeId, 1)).isEqualTo(booking.getId());
        assertThat(service.notices.queued).noneMatch(n -> n.contains("BOOKING_CANCELLED"));
        assertThat(service.cancellation.cancel(ALICE, booking.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aCancellationDoneButNotReadBackSaysItIsCancelled() {
        Booking booking = confirmed(ALICE, "1", null);
        service.clock.advance(Duration.ofHours(2));
        // Read, ended, the refund read and recorded; reading the booking back gives up.
        service.transactions.failAfter(4, 100);

        assertConflict(() -> service.cancellation.cancel(ALICE, booking.getId()))
                .isEqualTo("Booking "
                        + booking.getId() + " is cancelled and its full refund is on its way, but it cannot be shown "
                        + "right now; look at it again in a moment");

        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.payments.refunds).containsExactly(booking.getPaymentId() + ":Cancelled by the customer");
    }

    @Test
    void aStaffRefundThatGivesUpIsAConflictWithNothingRefunded() {
        Booking booking = confirmed(ALICE, "1", null);
        service.transactions.failAfter(0, 100);

        assertConflict(() -> service.cancellation.refund(booking.getId(), "Projector broke"))
                .isEqualTo("Booking "
                        + booking.getId() + " is being changed by another request right now; nothing was refunded, "
                        + "please try again");

        service.transactions.failAfter(0, 0);
        assertThat(stored(booking).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.refunds).isEmpty();
        assertThat(service.metrics.refunds).isEmpty();
    }
}
