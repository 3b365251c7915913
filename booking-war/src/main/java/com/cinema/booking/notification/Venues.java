package com.cinema.booking.notification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of a cinema and an auditorium, and where the cinema is, for the customer's e-mails and calendar events
 * (port; the adapter is {@code client.CinemaVenueClient}). An unreachable cinema service throws: the notice is
 * retried later.
 */
public interface Venues {

    /** Where a cinema is: its street address and town in one line, and its coordinates (a calendar's map pin). */
    record Place(String address, double latitude, double longitude) {

        /**
         * The cinema service's street address and town as one line. The town is added only where the address does
         * not already name it, as a UK address does before its postcode ("27 Belvedere Road, London SE1 7GP"); the
         * portal writes it the same way.
         */
        public static Place of(String address, String town, double latitude, double longitude) {
            return new Place(addressLine(address, town), latitude, longitude);
        }

        static String addressLine(String address, String town) {
            String street = address == null ? "" : address.strip();
            String place = town == null ? "" : town.strip();
            if (street.isEmpty() || place.isEmpty()) {
                return street.isEmpty() ? place : street;
            }
            Pattern namesTown = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(place) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return namesTown.matcher(street).find() ? street : street + ", " + place;
        }
    }

    /** {@code place} is null when the cinema is not known any more (the names are then made up from the ids). */
    record Venue(String cinemaName, String auditoriumName, Place place) {
    }

    Optional<Venue> venue(long cinemaId, long auditoriumId);
}
