package com.cinema.booking.domain;

import java.time.Instant;
import java.util.List;

/**
 * The guard against selling a seat twice (port; the adapter is {@code persistence.SeatLockTable}): one lock
 * per seat of a showtime, kept by a database key, never by reading first.
 */
public interface SeatLocks {

    /**
     * Locks every seat for the booking, or none: false when any of them is locked already (the key refused
     * it). After false the transaction must be rolled back.
     */
    boolean lock(long showtimeId, long bookingId, List<Long> seatIds, Instant now);

    /** Unlocks every seat the booking has locked. */
    void unlock(long bookingId);
}
