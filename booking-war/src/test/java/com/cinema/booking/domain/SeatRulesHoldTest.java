package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seat rules as {@link SeatHolds} applies them: in the hold's transaction, under the showtime's hold lock,
 * against other customers' seats; a refused hold holds nothing. In-memory ports, no server.
 */
class SeatRulesHoldTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;

    private InMemoryBookingService service;
    private long showtimeId;
    private long rulesOffShowtimeId;

    /** Row A: six seats A1-A6 (ids 1-6); row B: wheelchair space B1 (11), companion B2 (12), aisle, B3 B4 (13, 14). */
    @BeforeEach
    void auditoriumsWithAndWithoutTheRules() {
        service = new InMemoryBookingService();
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            seats.add(new AuditoriumLayout.SeatInfo(n, "A" + n, "A", n, n - 1, 0, "STANDARD", false));
        }
        seats.add(new AuditoriumLayout.SeatInfo(11, "B1", "B", 1, 0, 1, "WHEELCHAIR", false));
        seats.add(new AuditoriumLayout.SeatInfo(12, "B2", "B", 2, 1, 1, "COMPANION", false));
        seats.add(new AuditoriumLayout.SeatInfo(13, "B3", "B", 3, 3, 1, "STANDARD", false));
        seats.add(new AuditoriumLayout.SeatInfo(14, "B4", "B", 4, 4, 1, "STANDARD", false));
        service.auditoriums.put(7L, new AuditoriumLayout(7, 3, "STANDARD", 2, 6, seats, true));
        service.auditoriums.put(8L, new AuditoriumLayout(8, 4, "STANDARD", 2, 6, seats, false));
        showtimeId = service.scheduled(7, START.plus(Duration.ofHours(5)), Duration.ofMinutes(120)).getId();
        rulesOffShowtimeId = service.scheduled(8, START.plus(Duration.ofHours(5)), Duration.ofMinutes(120)).getId();
    }

    @Test
    void aStrandingHoldIsRefusedNamingTheSeatAndHoldsNothingAValidNeighbourIsHeld() {
        assertThatThrownBy(() -> service.holds.hold(ALICE, showtimeId, List.of("2", "3")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("seatIds: Seat A1 would be left on its own; please move your selection by one seat");
        assertThat(service.bookings.rows).isEmpty();
        assertThat(service.seatLocks.holder(showtimeId, 2)).isNull();
        assertThat(service.seatEvents.described()).isEmpty();

        Booking moved = service.holds.hold(ALICE, showtimeId, List.of("1", "2"));
        assertThat(moved.getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A1", "A2");
        // Every hold of a showtime with the rules takes the showtime's hold lock.
        assertThat(service.holdLocks).containsExactly(showtimeId, showtimeId);
    }

    @Test
    void otherCustomersSeatsCountAsTaken() {
        service.holds.hold(ALICE, showtimeId, List.of("1", "2"));

        assertThatThrownBy(() -> service.holds.hold(BOB, showtimeId, List.of("4", "5")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Seat A3 would be left on its own");
        assertThat(service.holds.hold(BOB, showtimeId, List.of("3", "4")).getTickets()).hasSize(2);
        // A5 and A6 are left together.
    }

    @Test
    void aRunOutHoldNoLongerCountsAsTaken() {
        service.holds.hold(ALICE, showtimeId, List.of("1", "2"));
        service.clock.advance(InMemoryBookingService.HOLD.plusSeconds(1));

        // A1 and A2 are free again, so A3 left of A4 is not alone.
        assertThat(service.holds.hold(BOB, showtimeId, List.of("4", "5", "6")).getTickets()).hasSize(3);
    }

    @Test
    void aCinemaWithTheRulesOffSellsAnySeatWithoutTheLock() {
        assertThat(service.holds.hold(ALICE, rulesOffShowtimeId, List.of("2")).getTickets()).hasSize(1);
        assertThat(service.holds.hold(BOB, rulesOffShowtimeId, List.of("12")).getTickets()).hasSize(1);
        assertThat(service.holdLocks).isEmpty();
    }

    @Test
    void aCompanionSeatIsRefusedAloneAndHeldWithItsWheelchairSpace() {
        assertThatThrownBy(() -> service.holds.hold(ALICE, showtimeId, List.of("12")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("seatIds: Seat B2 is a companion seat: hold it together with its wheelchair space B1");
        assertThat(service.bookings.rows).isEmpty();

        Booking pair = service.holds.hold(ALICE, showtimeId, List.of("11", "12"));
        assertThat(pair.getTickets()).extracting(Ticket::getSeatLabel).containsExactly("B1", "B2");
    }

    @Test
    void withinTheReleaseTimeACompanionSeatIsOnGeneralSale() {
        service.clock.advance(Duration.ofHours(3).plusMinutes(1));

        assertThat(service.holds.hold(ALICE, showtimeId, List.of("12")).getTickets())
                .extracting(Ticket::getSeatLabel).containsExactly("B2");
    }
}
