package com.cinema.booking.domain;

import java.util.Optional;

/**
 * The cinema service's auditoriums and cinemas, as the booking service asks them (port; the adapter is
 * {@code client.CinemaServiceClient}). An unreachable cinema service is an UPSTREAM_UNAVAILABLE error, never
 * "not found".
 */
public interface CinemaEstate {

    /** The auditorium's grid and seats, or empty when the cinema service does not know it. */
    Optional<AuditoriumLayout> auditorium(long id);

    /** The cinema's IANA time zone, or empty when the cinema (or its zone) is unknown. */
    Optional<String> timeZone(long cinemaId);
}
