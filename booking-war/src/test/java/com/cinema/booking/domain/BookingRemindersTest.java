package com.cinema.booking.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of a showing: three hours before it, once per confirmed booking, never within an hour of the booking
 * (its confirmation is fresh), never for a booking cancelled or a showing started.
 */
class BookingRemindersTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;
    private static final long CAROL = 43;

    private InMemoryBookingService service;
    private long showtimeId;

    @BeforeEach
    void showtimeInFiveHours() {
        service = new InMemoryBookingService();
        showtimeId = service.rowOfSixInFiveHours(false).getId();
    }

    private Booking buy(long user, String seat) {
        Booking held = service.holds.hold(user, showtimeId, List.of(seat));
        return service.checkout.checkout(new Checkout.Request(user, "u" + user + "@cinema.test", held.getId(),
                "key-" + user, new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "A Customer", null, null)));
    }

    private List<String> reminders() {
        return service.notices.queued.stream().filter(n -> n.contains(":BOOKING_REMINDER:")).toList();
    }

    private void at(Duration sinceStart) {
        service.clock.advance(java.time.Duration.between(service.clock.instant(), START.plus(sinceStart)));
    }

    @Test
    void eachConfirmedBookingIsRemindedOnceThreeHoursBeforeItsShowingButNotWithinAnHourOfBeingMade() {
        Booking alice = buy(ALICE, "1");
        Booking carol = buy(CAROL, "3");
        at(Duration.ofMinutes(30));
        service.cancellation.cancel(CAROL, carol.getId());
        at(Duration.ofMinutes(90));
        Booking bob = buy(BOB, "2");

        at(Duration.ofMinutes(119)); // the showing is 3 h 1 min away
        assertThat(service.reminders.queueDue(service.clock.instant())).isZero();

        at(Duration.ofHours(2)); // 3 h away: Alice's booking is two hours old, Bob's half an hour
        assertThat(service.reminders.queueDue(service.clock.instant())).isEqualTo(1);
        assertThat(reminders()).containsExactly(alice.getId() + ":BOOKING_REMINDER:u41@cinema.test");

        at(Duration.ofMinutes(150)); // Bob's booking is an hour old now
        assertThat(service.reminders.queueDue(service.clock.instant())).isEqualTo(1);
        service.sweeper.sweep(service.clock.instant()); // the sweeper's round: nobody twice
        assertThat(reminders()).containsExactly(alice.getId() + ":BOOKING_REMINDER:u41@cinema.test",
                bob.getId() + ":BOOKING_REMINDER:u42@cinema.test");
        assertThat(reminders()).noneMatch(n -> n.startsWith(carol.getId() + ":"));
    }

    @Test
    void aBookingMadeTooCloseToItsShowingForTheHourToPassIsNeverReminded() {
        at(Duration.ofMinutes(4 * 60 + 30)); // half an hour before the showing
        buy(ALICE, "1");
        at(Duration.ofMinutes(4 * 60 + 59));
        assertThat(service.reminders.queueDue(service.clock.instant())).isZero();
        at(Duration.ofHours(6)); // it has started
        assertThat(service.reminders.queueDue(service.clock.instant())).isZero();
        assertThat(reminders()).isEmpty();
    }
}
