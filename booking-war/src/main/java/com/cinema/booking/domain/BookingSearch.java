package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.time.Instant;

/**
 * Which bookings staff want: optionally in one status, of one user, for one showtime, created in
 * [{@code from}, {@code to}). Null fields do not filter. Errors name the field of the {@code BookingFilter}.
 */
public record BookingSearch(BookingStatus status, Long userId, Long showtimeId, Instant from, Instant to) {

    public BookingSearch {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("filter.from", "must not be after to");
        }
    }

    public static BookingSearch everything() {
        return new BookingSearch(null, null, null, null, null);
    }
}
