package com.cinema.booking.notification;

import java.util.Optional;

/**
 * Names of a cinema and an auditorium for the customer's e-mail (port; the adapter is
 * {@code client.CinemaVenueClient}). An unreachable cinema service throws: the notice is retried later.
 */
public interface Venues {

    record Venue(String cinemaName, String auditoriumName) {
    }

    Optional<Venue> venue(long cinemaId, long auditoriumId);
}
