package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldRequestTest {

    private static final AuditoriumLayout LAYOUT = new AuditoriumLayout(7, 3, "STANDARD", 2, 3, List.of(
            new AuditoriumLayout.SeatInfo(11, "A1", "A", 1, 0, 0, "WHEELCHAIR", false),
            new AuditoriumLayout.SeatInfo(12, "A2", "A", 2, 1, 0, "STANDARD", false),
            new AuditoriumLayout.SeatInfo(13, "A3", "A", 3, 2, 0, "STANDARD", true),
            new AuditoriumLayout.SeatInfo(21, "B1", "B", 1, 0, 1, "VIP", false)));

    @Test
    void oneToTenDistinctNumericIds() {
        assertThat(HoldRequest.seatIds(List.of("12", " 21 "))).containsExactly(12L, 21L);
        assertField(() -> HoldRequest.seatIds(List.of()), "must name at least one seat");
        assertField(() -> HoldRequest.seatIds(null), "must name at least one seat");
        List<String> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add(String.valueOf(i));
        }
        assertField(() -> HoldRequest.seatIds(eleven), "must name at most 10 seats");
        assertThat(HoldRequest.seatIds(eleven.subList(0, 10))).hasSize(10);
        assertField(() -> HoldRequest.seatIds(List.of("12", "12")), "must not name a seat twice");
        assertField(() -> HoldRequest.seatIds(List.of("A1")), "\"A1\" is not a valid seat id");
    }

    @Test
    void seatsMustBeOfTheAuditoriumAndNotBlocked() {
        assertThat(HoldRequest.seats(LAYOUT, List.of(21L, 11L))).extracting(AuditoriumLayout.SeatInfo::label)
                .containsExactly("B1", "A1");
        assertField(() -> HoldRequest.seats(LAYOUT, List.of(12L, 99L)), "seat 99 is not in this showtime's auditorium");
        assertField(() -> HoldRequest.seats(LAYOUT, List.of(13L)), "seat A3 is blocked and cannot be sold");
        assertThat(LAYOUT.capacity()).isEqualTo(3);
    }

    @Test
    void ticketsArePricedPerSeatType() {
        List<Ticket> tickets = HoldRequest.tickets(HoldRequest.seats(LAYOUT, List.of(11L, 12L, 21L)), 1000,
                new SeatPricing(SeatPricing.DEFAULT_SURCHARGES));
        assertThat(tickets).extracting(Ticket::getPriceCents).containsExactly(1000, 1000, 1400);
        assertThat(tickets).extracting(Ticket::getSeatType).containsExactly("WHEELCHAIR", "STANDARD", "VIP");
    }

    @Test
    void seatMapShowsBlockedHeldSoldAndPrices() {
        SeatMap map = SeatMap.of(5, LAYOUT, java.util.Map.of(12L, BookingStatus.HELD, 21L, BookingStatus.CONFIRMED),
                1000, new SeatPricing(SeatPricing.DEFAULT_SURCHARGES));
        assertThat(map.seats()).extracting(SeatMap.SeatState::status)
                .containsExactly(SeatStatus.AVAILABLE, SeatStatus.HELD, SeatStatus.BLOCKED, SeatStatus.SOLD);
        SeatMap paying = SeatMap.of(5, LAYOUT, java.util.Map.of(11L, BookingStatus.PAYMENT_PENDING), 1000,
                new SeatPricing(SeatPricing.DEFAULT_SURCHARGES));
        assertThat(paying.seats().get(0).status()).as("a seat being paid for is still only held").isEqualTo(SeatStatus.HELD);
        assertThat(map.seats()).extracting(SeatMap.SeatState::priceCents).containsExactly(1000, 1000, 1000, 1400);
        assertThat(map.rows()).isEqualTo(2);
        assertThat(map.columns()).isEqualTo(3);
    }

    private static void assertField(Runnable call, String problem) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("seatIds");
            assertThat(e.getMessage()).isEqualTo("seatIds: " + problem);
        });
    }
}
