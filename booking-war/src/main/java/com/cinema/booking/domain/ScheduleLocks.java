package com.cinema.booking.domain;

/**
 * One lock per auditorium's schedule (port; the adapter is {@code persistence.ScheduleLockTable}): taken
 * before the overlap check, so the check and the insert of a showtime are one step even in an auditorium
 * that has no showtime yet.
 */
public interface ScheduleLocks {

    /** Holds the auditorium's schedule lock until the transaction ends. */
    void lockAuditorium(long auditoriumId);
}
