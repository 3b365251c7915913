package com.cinema.cinema.domain;

/**
 * What the booking service knows about the future schedule of a cinema or an auditorium, asked with the
 * caller's own (staff) token. An unreachable booking service is an UPSTREAM_UNAVAILABLE error, never "no showtimes".
 */
public interface BookingSchedule {

    /** SCHEDULED showtimes of the cinema starting after now. */
    int futureShowtimesOfCinema(long cinemaId);

    /** SCHEDULED showtimes of the auditorium starting after now with at least one seat held or sold. */
    int futureShowtimesWithOccupiedSeats(long auditoriumId);
}
