package com.cinema.booking.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The log of seat status changes that live seat maps follow on every replica (port; the adapter is
 * {@code persistence.SeatEventLog}). Events are written in the transaction of the change that caused them.
 */
public interface SeatEvents {

    /** One event per ticket's seat, all with the same status and time. */
    void record(long showtimeId, Collection<Ticket> seats, SeatStatus status, Instant at);

    /** Events of the showtime after {@code sequence} that happened by {@code settledBy}, oldest first. */
    List<SeatEvent> after(long showtimeId, long sequence, Instant settledBy, int limit);

    /** The sequence of the showtime's newest event that happened by {@code settledBy}; 0 when none. */
    long lastSequence(long showtimeId, Instant settledBy);

    /** Forgets events older than {@code before}; returns how many. */
    int prune(Instant before);
}
