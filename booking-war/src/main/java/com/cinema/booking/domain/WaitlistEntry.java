package com.cinema.booking.domain;

import java.time.Instant;

/**
 * A customer's place on a showtime's waitlist for {@code seats} seats. {@code bookingId} is the offered (held)
 * booking once OFFERED, {@code offerExpiresAt} its deadline; {@code position} is the place among the showtime's
 * WAITING entries (1 = next), 0 for entries no longer waiting; {@code email} is where the offer's e-mail goes.
 */
public record WaitlistEntry(long id, long showtimeId, long userId, int seats, WaitlistStatus status, String email,
                            Long bookingId, Instant offerExpiresAt, Instant createdAt, int version, int position) {
}
