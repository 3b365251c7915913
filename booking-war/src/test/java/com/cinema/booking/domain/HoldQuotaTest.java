package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hold quota (issue #17): unpaid seats per customer per showtime and across showtimes, in memory. */
class HoldQuotaTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;

    private InMemoryBookingService service;
    private long evening;
    private long night;

    @BeforeEach
    void twoShowtimesInAnAuditoriumOfThirtySeats() {
        service = new InMemoryBookingService();
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            seats.add(new AuditoriumLayout.SeatInfo(n, "A" + n, "A", n, n - 1, 0, "STANDARD", false));
        }
        service.auditoriums.put(7L, new AuditoriumLayout(7, 3, "STANDARD", 1, 30, seats));
        evening = service.scheduled(7, START.plus(Duration.ofHours(2)), Duration.ofMinutes(120)).getId();
        night = service.scheduled(7, START.plus(Duration.ofHours(5)), Duration.ofMinutes(120)).getId();
    }

    @Test
    void tenSeatsOfOneShowtimeInSeveralHoldsThenConflictAndNothingMoreIsHeld() {
        service.holds.hold(ALICE, evening, seats(1, 6));
        service.holds.hold(ALICE, evening, seats(7, 10));

        assertThatThrownBy(() -> service.holds.hold(ALICE, evening, seats(11, 11)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("You may hold at most 10 seats of one showtime; you hold 10 already. "
                        + "Pay for or release a hold first");

        assertThat(service.bookings.rows).hasSize(2);
        assertThat(service.seatLocks.holder(evening, 11)).isNull();
        assertThat(service.seatEvents.described()).hasSize(10);
        // The count ran under the customer's lock, once per hold tried.
        assertThat(service.customerHolds.locked).containsExactly(ALICE, ALICE, ALICE);
        // Another customer is not limited by Alice's holds.
        assertThat(service.holds.hold(BOB, evening, seats(11, 20)).getTickets()).hasSize(10);
    }

    @Test
    void capAcrossShowtimesCountsEveryUnpaidSeat() {
        service.holdQuota = new HoldQuota(10, 12);
        service.holds.hold(ALICE, evening, seats(1, 10));

        assertThatThrownBy(() -> service.holds.hold(ALICE, night, seats(1, 3)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("You may hold at most 12 seats across showtimes; you hold 10 already. "
                        + "Pay for or release a hold first");
        assertThat(service.holds.hold(ALICE, night, seats(1, 2)).getTickets()).hasSize(2);
    }

    @Test
    void releasedAndRunOutHoldsNoLongerCountButSeatsBeingPaidForDo() {
        Booking released = service.holds.hold(ALICE, evening, seats(1, 10));
        service.holds.release(ALICE, released.getId());
        Booking paying = service.holds.hold(ALICE, evening, seats(11, 20));
        service.transactions.inOne(() -> service.bookings.find(paying.getId()).orElseThrow()
                .startPayment(service.clock.instant()));

        service.clock.advance(HOLD.plusSeconds(1));
        // The hold time of the booking being paid for is up, but a payment is under way: its seats still count.
        assertThatThrownBy(() -> service.holds.hold(ALICE, evening, seats(21, 21)))
                .isInstanceOf(ConflictException.class);
        assertThat(service.holds.hold(ALICE, night, seats(1, 10)).getTickets()).hasSize(10);
    }

    @Test
    void quotaChecksItsOwnLimits() {
        assertThatThrownBy(() -> new HoldQuota(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldQuota(10, 9)).isInstanceOf(IllegalArgumentException.class);
        HoldQuota quota = new HoldQuota(10, 20);
        quota.check(Map.of(1L, 9, 2L, 10), 1L, 1);
        assertThatThrownBy(() -> quota.check(Map.of(1L, 9, 2L, 10), 3L, 2)).isInstanceOf(ConflictException.class);
    }

    private static List<String> seats(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }
}
