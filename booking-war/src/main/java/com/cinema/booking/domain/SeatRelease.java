package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Gives a booking's seats back after its status moved on (expired, released, cancelled with its showtime,
 * and later refunded): unlocks them and tells live seat maps they are AVAILABLE. Runs in the caller's
 * transaction, the one that changed the booking.
 */
@ApplicationScoped
public class SeatRelease {

    @Inject
    SeatLocks locks;

    @Inject
    SeatEvents events;

    public void free(Booking booking, Instant now) {
        locks.unlock(booking.getId());
        events.record(booking.getShowtimeId(), booking.getTickets(), SeatStatus.AVAILABLE, now);
    }
}
