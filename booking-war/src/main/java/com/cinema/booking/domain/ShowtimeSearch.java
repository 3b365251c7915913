package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which showtimes a visitor wants: optionally of some movies, at some cinemas, starting in
 * [{@code from}, {@code to}), of every kind of screening in {@code features} (subtitled and relaxed, say; ADR 0029).
 * Null fields do not filter, nor do empty features; an empty id set matches nothing. Sets of ids let the gateway ask
 * for the showtimes of a whole list of movies or cinemas in one call.
 */
public record ShowtimeSearch(Set<Long> movieIds, Set<Long> cinemaIds, Instant from, Instant to,
                             Set<ScreeningFeature> features) {

    public ShowtimeSearch {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("to", "must not be before from");
        }
        movieIds = movieIds == null ? null : Set.copyOf(movieIds);
        cinemaIds = cinemaIds == null ? null : Set.copyOf(cinemaIds);
        features = features == null ? Set.of() : Set.copyOf(features);
    }

    /** Of any kind of screening. */
    public ShowtimeSearch(Set<Long> movieIds, Set<Long> cinemaIds, Instant from, Instant to) {
        this(movieIds, cinemaIds, from, to, Set.of());
    }

    /** Of one movie and / or at one cinema (null: any). */
    public static ShowtimeSearch of(Long movieId, Long cinemaId, Instant from, Instant to) {
        return new ShowtimeSearch(movieId == null ? null : Set.of(movieId), cinemaId == null ? null : Set.of(cinemaId),
                from, to);
    }

    public static ShowtimeSearch everything() {
        return new ShowtimeSearch(null, null, null, null);
    }

    /** The same movies and cinemas in another time window. */
    public ShowtimeSearch between(Instant from, Instant to) {
        return new ShowtimeSearch(movieIds, cinemaIds, from, to, features);
    }

    /**
     * The same search, kept to screenings of all these kinds (none: any kind). A null among them is refused, naming
     * the argument, as the API's other lists are.
     */
    public ShowtimeSearch ofKinds(Collection<ScreeningFeature> kinds) {
        if (kinds != null && kinds.stream().anyMatch(Objects::isNull)) { // List.of(..).contains(null) would throw
            throw new ValidationException("features", "must not hold null");
        }
        return new ShowtimeSearch(movieIds, cinemaIds, from, to, kinds == null ? Set.of() : Set.copyOf(kinds));
    }

    /** True when an id filter is empty, so nothing can match. */
    public boolean matchesNothing() {
        return (movieIds != null && movieIds.isEmpty()) || (cinemaIds != null && cinemaIds.isEmpty());
    }
}
