package com.cinema.booking.domain;

import java.util.List;
import java.util.Map;

/** Every seat of a showtime's auditorium with its status and price right now. */
public record SeatMap(long showtimeId, int rows, int columns, List<SeatState> seats) {

    public record SeatState(AuditoriumLayout.SeatInfo seat, SeatStatus status, int priceCents) {
    }

    /**
     * The map from a layout, the status of the booking keeping each taken seat, and the prices: blocked seats
     * are BLOCKED, paid ones SOLD, others taken HELD, the rest AVAILABLE.
     */
    public static SeatMap of(long showtimeId, AuditoriumLayout layout, Map<Long, BookingStatus> taken,
                             int basePriceCents, SeatPricing pricing) {
        List<SeatState> seats = layout.seats().stream()
                .map(s -> new SeatState(s, statusOf(s, taken.get(s.id())), pricing.price(basePriceCents, s.type())))
                .toList();
        return new SeatMap(showtimeId, layout.rows(), layout.columns(), seats);
    }

    private static SeatStatus statusOf(AuditoriumLayout.SeatInfo seat, BookingStatus keeper) {
        if (seat.blocked()) {
            return SeatStatus.BLOCKED;
        }
        return keeper == null ? SeatStatus.AVAILABLE : keeper.seatStatus();
    }
}
