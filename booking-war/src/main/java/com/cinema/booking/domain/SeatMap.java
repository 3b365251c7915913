package com.cinema.booking.domain;

import java.util.List;

/** Every seat of a showtime's auditorium with its status and price right now. */
public record SeatMap(long showtimeId, int rows, int columns, List<SeatState> seats) {

    /** status: AVAILABLE, HELD, SOLD or BLOCKED. */
    public record SeatState(AuditoriumLayout.SeatInfo seat, String status, int priceCents) {
    }

    /** The map from a layout, the seats locked by live bookings (HELD or SOLD) and the prices. */
    public static SeatMap of(long showtimeId, AuditoriumLayout layout, java.util.Map<Long, String> locked,
                             int basePriceCents, SeatPricing pricing) {
        List<SeatState> seats = layout.seats().stream()
                .map(s -> new SeatState(s, s.blocked() ? "BLOCKED" : locked.getOrDefault(s.id(), "AVAILABLE"),
                        pricing.price(basePriceCents, s.type())))
                .toList();
        return new SeatMap(showtimeId, layout.rows(), layout.columns(), seats);
    }
}
