package com.cinema.booking.notification;

import com.cinema.booking.domain.BookingNotices;

import java.time.Instant;

/** A notice this replica has claimed until {@code claimedUntil}; {@code attempts} counts earlier failures. */
public record OutboxNotice(long id, long bookingId, BookingNotices.Kind kind, String recipient, int attempts,
                           Instant claimedUntil) {
}
