package com.cinema.booking.domain;

import com.cinema.common.error.UpstreamUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A customer's contact details erased when they close their account ({@link ContactErasure}), with in-memory ports
 * and a clock the test moves: refused while anything is open, nothing written then; erased once, a repeat changes 0.
 */
class ContactErasureTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;
    private static final String GOOD_CARD = "4242424242424242";

    private InMemoryBookingService service;
    /** Six seats, starting five hours after START, two hours long. */
    private Showtime showtime;

    @BeforeEach
    void showtimeInFiveHours() {
        service = new InMemoryBookingService();
        showtime = service.rowOfSixInFiveHours(false);
    }

    private Booking hold(long user, String... seats) {
        return service.holds.hold(user, showtime.getId(), List.of(seats));
    }

    private Booking pay(long user, Booking booking) {
        return service.checkout.checkout(new Checkout.Request(user, "u" + user + "@cinema.test", booking.getId(),
                "key-" + booking.getId(), new PaymentDetails("CARD", GOOD_CARD, 12, 2030, "123", "A Customer", null,
                null)));
    }

    /** Moves the clock forward to {@code when}. */
    private void at(java.time.Instant when) {
        service.clock.advance(Duration.between(service.clock.instant(), when));
    }

    private Booking stored(Booking booking) {
        return service.bookings.rows.get(booking.getId());
    }

    @Test
    void afterTheShowingTheCustomersEmailAndNoticesAreErasedOnceAndOtherCustomersKeepTheirs() {
        Booking alices = pay(ALICE, hold(ALICE, "1"));
        Booking bobs = pay(BOB, hold(BOB, "2"));
        assertThat(service.notices.queued).containsExactly(
                alices.getId() + ":BOOKING_CONFIRMED:u41@cinema.test", bobs.getId() + ":BOOKING_CONFIRMED:u42@cinema.test");
        // An unpaid hold that ran out is not open either, whether or not the sweeper has expired it yet.
        Booking runOut = hold(ALICE, "3");
        at(showtime.getEndsAt().plusSeconds(1));

        assertThat(service.erasure.forget(ALICE)).as("one booking's e-mail and one notice's recipient").isEqualTo(2);

        assertThat(stored(alices).getCustomerEmail()).isNull();
        assertThat(stored(alices).getStatus()).as("the booking itself stays").isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored(alices).getPaymentId()).isNotNull();
        assertThat(stored(runOut).getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(stored(bobs).getCustomerEmail()).isEqualTo("u42@cinema.test");
        assertThat(service.notices.queued).containsExactly(
                alices.getId() + ":BOOKING_CONFIRMED:" + FakePersonalData.ERASED,
                bobs.getId() + ":BOOKING_CONFIRMED:u42@cinema.test");
        assertThat(service.customerHolds.locked).as("under the customer's own lock").endsWith(ALICE);

        assertThat(service.erasure.forget(ALICE)).as("a repeat").isZero();
        assertThat(service.personalData.erasures).containsExactly(2, 0);
    }

    @Test
    void anUpcomingBookingAHoldAndAPaymentInProgressAreNamedWithCountsAndNothingIsErased() {
        Booking confirmed = pay(ALICE, hold(ALICE, "1"));
        hold(ALICE, "2", "3");
        Booking paying = hold(ALICE, "4");
        service.payments.chargeNeverArrives = true;
        assertThatThrownBy(() -> pay(ALICE, paying)).isInstanceOf(UpstreamUnavailableException.class);
        assertThat(stored(paying).getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        List<String> noticesBefore = List.copyOf(service.notices.queued);
        int lockedBefore = service.customerHolds.locked.size();

        assertConflict(() -> service.erasure.forget(ALICE)).isEqualTo(
                "Your account still has 1 upcoming booking, 1 seat hold and 1 payment in progress: cancel or finish them first");

        assertThat(service.customerHolds.locked).as("checked under the customer's lock")
                .hasSize(lockedBefore + 1).endsWith(ALICE);
        assertThat(service.personalData.erasures).as("nothing erased").isEmpty();
        assertThat(stored(confirmed).getCustomerEmail()).isEqualTo("u41@cinema.test");
        assertThat(stored(paying).getCustomerEmail()).isEqualTo("u41@cinema.test");
        assertThat(service.notices.queued).isEqualTo(noticesBefore);
    }

    @Test
    void aConfirmedBookingIsOpenUntilItsShowingEndsNotJustStarts() {
        pay(ALICE, hold(ALICE, "1"));
        at(showtime.getStartsAt().plusSeconds(1));
        assertConflict(() -> service.erasure.forget(ALICE)).isEqualTo(
                "Your account still has 1 upcoming booking: cancel or finish them first");

        at(showtime.getEndsAt());
        assertThat(service.erasure.forget(ALICE)).isEqualTo(2);
    }

    @Test
    void aHoldIsOpenUntilItRunsOutOrIsReleased() {
        Booking first = hold(ALICE, "1");
        hold(ALICE, "2");
        assertConflict(() -> service.erasure.forget(ALICE)).isEqualTo(
                "Your account still has 2 seat holds: cancel or finish them first");

        service.holds.release(ALICE, first.getId());
        service.clock.advance(HOLD);
        assertThat(service.erasure.forget(ALICE)).as("no e-mail was ever kept for an unpaid hold").isZero();
        assertThat(service.personalData.erasures).containsExactly(0);
    }

    @Test
    void aWaitlistPlaceWaitingOrOfferedIsOpenAndOnceLeftTheEntrysEmailAndOfferNoticeAreErased() {
        List<Booking> others = new java.util.ArrayList<>();
        for (long seat = 1; seat <= 6; seat++) {
            others.add(hold(100 + seat, String.valueOf(seat)));
        }
        WaitlistEntry joined = service.waitlistOffers.join(ALICE, "alice@cinema.test", showtime.getId(), 1);
        assertThat(service.customerHolds.locked).as("a join takes the customer's lock too").contains(ALICE);
        assertConflict(() -> service.erasure.forget(ALICE)).isEqualTo(
                "Your account still has 1 waitlist place: cancel or finish them first");

        service.holds.release(others.get(0).getUserId(), others.get(0).getId());
        WaitlistEntry offered = service.transactions.inOne(() -> service.waitlist.find(joined.id())).orElseThrow();
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(service.notices.queued).contains(offered.bookingId() + ":WAITLIST_OFFER:alice@cinema.test");
        assertConflict(() -> service.erasure.forget(ALICE)).isEqualTo(
                "Your account still has 1 seat hold and 1 waitlist place: cancel or finish them first");

        service.waitlistOffers.leave(ALICE, showtime.getId());
        assertThat(service.erasure.forget(ALICE)).as("the entry's e-mail and the offer notice's recipient").isEqualTo(2);

        WaitlistEntry left = service.transactions.inOne(() -> service.waitlist.find(joined.id())).orElseThrow();
        assertThat(left.status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(left.email()).isNull();
        assertThat(service.notices.queued).contains(offered.bookingId() + ":WAITLIST_OFFER:" + FakePersonalData.ERASED)
                .noneMatch(n -> n.contains("alice@cinema.test"));
        assertThat(service.erasure.forget(ALICE)).isZero();
    }

    @Test
    void aCustomerWithoutALockRowYetIsRegisteredFirstSoThatALaterHoldWaitsForTheErasure() {
        assertThat(service.erasure.forget(ALICE)).isZero();

        assertThat(service.customerHolds.registrations).isEqualTo(1);
        assertThat(service.customerHolds.locked).containsExactly(ALICE);
        assertThat(service.personalData.checks).as("checked once, under the lock").isEqualTo(1);
    }

    @Test
    void contentionOutlastingTheRetriesIsAConflictWithNothingErased() {
        pay(ALICE, hold(ALICE, "1"));
        at(showtime.getEndsAt().plus(Duration.ofMinutes(1)));
        service.transactions.failAfter(0, 10);

        assertConflict(() -> service.erasure.forget(ALICE))
                .isEqualTo("Your account is being changed by another request right now; nothing was erased, please try again");
        assertThat(service.personalData.erasures).isEmpty();
        assertThat(service.bookings.rows.values()).allSatisfy(b -> assertThat(b.getCustomerEmail()).isNotNull());
    }

    @Test
    void openCommitmentsAreNamedInPlainWordsWithCounts() {
        assertThat(new OpenCommitments(0, 0, 0, 0).none()).isTrue();
        assertThat(new OpenCommitments(1, 0, 0, 0).none()).isFalse();
        assertThat(new OpenCommitments(0, 0, 0, 1).none()).isFalse();
        assertThat(new OpenCommitments(1, 1, 0, 1).message()).isEqualTo(
                "Your account still has 1 upcoming booking, 1 seat hold and 1 waitlist place: cancel or finish them first");
        assertThat(new OpenCommitments(2, 3, 2, 2).message()).isEqualTo("Your account still has 2 upcoming bookings, "
                + "3 seat holds, 2 payments in progress and 2 waitlist places: cancel or finish them first");
        assertThat(new OpenCommitments(0, 0, 1, 0).message())
                .isEqualTo("Your account still has 1 payment in progress: cancel or finish them first");
        assertThat(new OpenCommitments(0, 2, 0, 1).message())
                .isEqualTo("Your account still has 2 seat holds and 1 waitlist place: cancel or finish them first");
    }
}
