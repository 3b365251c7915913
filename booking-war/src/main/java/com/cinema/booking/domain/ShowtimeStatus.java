package com.cinema.booking.domain;

/** Whether a showtime still takes place; a cancelled one keeps its row so bookings can be refunded. */
public enum ShowtimeStatus {
    SCHEDULED,
    CANCELLED
}
