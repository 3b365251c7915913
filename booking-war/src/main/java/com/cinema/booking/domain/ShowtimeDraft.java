package com.cinema.booking.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A checked request to schedule (or reschedule) a showtime; the domain checks it against the other services.
 * {@code features}: what kind of screening it is, none for an ordinary one.
 */
public record ShowtimeDraft(long movieId, long auditoriumId, Instant startsAt, int basePriceCents, String currency,
                            Set<ScreeningFeature> features) {

    public ShowtimeDraft {
        features = features == null ? Set.of() : Set.copyOf(features);
    }

    /** An ordinary screening. */
    public ShowtimeDraft(long movieId, long auditoriumId, Instant startsAt, int basePriceCents, String currency) {
        this(movieId, auditoriumId, startsAt, basePriceCents, currency, Set.of());
    }
}
