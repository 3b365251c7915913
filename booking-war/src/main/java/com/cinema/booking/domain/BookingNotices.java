package com.cinema.booking.domain;

/**
 * What customers are told about their bookings (confirmation with tickets, cancellation and refund, a cancelled
 * showtime). Implementations record the notice in the same transaction as the change that causes it (a
 * transactional outbox), so a notice is never lost and never sent for a change that was rolled back; delivery
 * happens later, with retries, exactly once per booking and kind. Callers must be inside a transaction.
 */
public interface BookingNotices {

    /** Kinds of notice; a booking gets each kind at most once. */
    enum Kind { BOOKING_CONFIRMED, BOOKING_CANCELLED, SHOWTIME_CANCELLED, WAITLIST_OFFER }

    /**
     * Queues one notice about {@code booking} for {@code recipient} (an e-mail address), on every channel (e-mail,
     * and SMS when the customer opted in: decided when it is sent); a second call for the same booking and kind is
     * ignored. A waitlist offer is the kind
     * WAITLIST_OFFER about the offered (held) booking.
     */
    void queue(Booking booking, Kind kind, String recipient);
}
