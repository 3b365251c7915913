package com.cinema.booking.domain;

/**
 * One lock per showtime that serialises its holds (port; the adapter is {@code persistence.ShowtimeHoldLockTable}),
 * taken by a hold where the seat rules apply. Seat locks alone let two holds of different seats commit together,
 * and together they could strand a seat that neither strands alone; under this lock each hold's rule check sees
 * every hold committed before it.
 */
@FunctionalInterface
public interface ShowtimeHoldLocks {

    /** Holds the showtime's hold lock until the transaction ends. */
    void lock(long showtimeId);
}
