package com.cinema.booking.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which seats are taken (port; the adapter is {@code persistence.OccupancyQueries}): a seat is taken while
 * the booking that locks it keeps it, i.e. {@link BookingStatus#keepsSeatsPastHoldTime()} or HELD with its
 * hold still running. Holds whose time is up count as free even before the sweeper has expired them.
 */
public interface SeatOccupancy {

    /** The status of the booking keeping each taken seat of the showtime, by seat id. */
    Map<Long, BookingStatus> takenSeats(long showtimeId, Instant now);

    /** Taken seats per showtime; showtimes with none are absent. */
    Map<Long, Integer> takenCounts(Collection<Long> showtimeIds, Instant now);

    /**
     * Those of the given seats of the showtime that are taken. Only ever used to refuse a hold early: a seat
     * that is free here is still won or lost by its lock, never by this read.
     */
    default Set<Long> takenAmong(long showtimeId, Collection<Long> seatIds, Instant now) {
        Set<Long> taken = new HashSet<>(takenSeats(showtimeId, now).keySet());
        taken.retainAll(seatIds);
        return taken;
    }

    default boolean anyTaken(long showtimeId, Instant now) {
        return takenCounts(List.of(showtimeId), now).getOrDefault(showtimeId, 0) > 0;
    }
}
