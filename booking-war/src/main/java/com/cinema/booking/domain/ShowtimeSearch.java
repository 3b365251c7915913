package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.time.Instant;

/**
 * Which showtimes a visitor wants: optionally of one movie, at one cinema, starting in
 * [{@code from}, {@code to}). Null fields do not filter.
 */
public record ShowtimeSearch(Long movieId, Long cinemaId, Instant from, Instant to) {

    public ShowtimeSearch {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("to", "must not be before from");
        }
    }

    public static ShowtimeSearch everything() {
        return new ShowtimeSearch(null, null, null, null);
    }
}
