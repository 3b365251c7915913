package com.cinema.booking.domain;

import java.time.Instant;

/** A checked request to schedule (or reschedule) a showtime; the domain checks it against the other services. */
public record ShowtimeDraft(long movieId, long auditoriumId, Instant startsAt, int basePriceCents, String currency) {
}
