package com.cinema.booking.domain;

import java.time.Instant;

/**
 * A notice as its customer may see it: one message on one {@code channel} (EMAIL or SMS) about one of their bookings
 * ({@code bookingId}) or waitlist entries ({@code waitlistEntryId}), exactly one of the two set. {@code emailAddress}
 * is the address an e-mail is addressed to, null for an SMS (its number is looked up when it is sent) and once the
 * customer's contact details were erased; {@code status} is PENDING, SENT, FAILED or SKIPPED; {@code sentAt} is when
 * it was handed to the mail or SMS provider, null unless SENT.
 */
public record CustomerNotice(long id, BookingNotices.Kind kind, String channel, String emailAddress, String status,
                             Long bookingId, Long waitlistEntryId, Instant createdAt, Instant sentAt) {
}
