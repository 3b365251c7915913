package com.cinema.booking.notification;

import java.util.Optional;

/**
 * Names of a cinema and an auditorium, and where the cinema is, for the customer's e-mails and calendar events
 * (port; the adapter is {@code client.CinemaVenueClient}). An unreachable cinema service throws: the notice is
 * retried later.
 */
public interface Venues {

    /** Where a cinema is: its street address and town in one line, and its coordinates (a calendar's map pin). */
    record Place(String address, double latitude, double longitude) {
    }

    /** {@code place} is null when the cinema is not known any more (the names are then made up from the ids). */
    record Venue(String cinemaName, String auditoriumName, Place place) {
    }

    Optional<Venue> venue(long cinemaId, long auditoriumId);
}
