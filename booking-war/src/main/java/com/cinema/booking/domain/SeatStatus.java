package com.cinema.booking.domain;

/** A seat of a showtime as the seat map and the seat events show it. */
public enum SeatStatus {
    AVAILABLE,
    HELD,
    SOLD,
    BLOCKED
}
