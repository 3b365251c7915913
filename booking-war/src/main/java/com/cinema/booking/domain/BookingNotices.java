package com.cinema.booking.domain;

/**
 * What customers are told about their bookings (confirmation with tickets, cancellation and refund, a cancelled
 * showtime). Implementations record the notice in the same transaction as the change that causes it (a
 * transactional outbox), so a notice is never lost and never sent for a change that was rolled back; delivery
 * happens later, with retries, exactly once per booking and kind. Callers must be inside a transaction.
 */
public interface BookingNotices {

    /** Kinds of notice; a booking gets each kind at most once. */
    enum Kind { BOOKING_CONFIRMED, BOOKING_CANCELLED, SHOWTIME_CANCELLED }

    /**
     * Queues one notice about {@code booking} for {@code recipient} (an e-mail address); a second call for the same
     * booking and kind is ignored.
     */
    void queue(Booking booking, Kind kind, String recipient);
}
