package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Gives a booking's seats back after its status moved on (expired, released, cancelled with its showtime,
 * and later refunded): unlocks them and tells live seat maps they are AVAILABLE. Runs in the caller's
 * transaction, the one that changed the booking.
 * <p>
 * The waitlist (docs/decisions/0012-waitlist.md): the showtime's hold lock is taken first, so that freeing seats,
 * holds under the seat rules, joins and offers of one showtime happen one after the other on every replica; an
 * offer this booking was ends, and the seats now free go to the showtime's waiting entries in the same transaction,
 * before anyone else can hold them.
 */
@ApplicationScoped
public class SeatRelease {

    @Inject
    SeatLocks locks;

    @Inject
    SeatEvents events;

    @Inject
    ShowtimeHoldLocks holdLocks;

    @Inject
    WaitlistOffers waitlist;

    public void free(Booking booking, Instant now) {
        holdLocks.lock(booking.getShowtimeId());
        waitlist.offerEnding(booking, now);
        locks.unlock(booking.getId());
        events.record(booking.getShowtimeId(), booking.getTickets(), SeatStatus.AVAILABLE, now);
        waitlist.offerFreeSeats(booking.getShowtimeId(), now);
    }
}
