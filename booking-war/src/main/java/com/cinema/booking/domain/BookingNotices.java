package com.cinema.booking.domain;

/**
 * What customers are told about their bookings (confirmation with tickets, a reminder before the showing,
 * cancellation and refund, a cancelled showtime) and their waitlist entries (an offer, an entry closed with its
 * showtime). Implementations record the notice in the same transaction as the change that causes it (a
 * transactional outbox; a reminder, caused by the clock, by the sweep that finds it due), so a notice is never lost
 * and never sent for a change that was rolled back; delivery happens later, with retries, exactly once per subject
 * (booking or waitlist entry) and kind. Callers must be inside a transaction.
 */
public interface BookingNotices {

    /**
     * Kinds of notice; a booking, or a waitlist entry, gets each kind at most once, but for
     * {@link #TICKETS_SENT_AGAIN}, which is numbered (docs/decisions/0023-tickets-by-e-mail.md).
     */
    enum Kind {
        BOOKING_CONFIRMED, BOOKING_CANCELLED, SHOWTIME_CANCELLED, WAITLIST_OFFER,
        /** The showing is near ({@link BookingReminders}): film, cinema, time and seats again. */
        BOOKING_REMINDER,
        /** About a waitlist entry that ended CLOSED: its showtime was cancelled, or started before seats came free. */
        WAITLIST_CLOSED,
        /**
         * A confirmed booking's tickets e-mailed again because its customer, or staff for them, asked
         * ({@code notification.TicketResend}): e-mail only, to the customer's current address, each one numbered.
         */
        TICKETS_SENT_AGAIN;

        /** Whether the notice is about a waitlist entry (which may have no booking) rather than a booking. */
        public boolean aboutWaitlistEntry() {
            return this == WAITLIST_CLOSED;
        }
    }

    /**
     * Queues one notice about {@code booking} for {@code recipient} (an e-mail address), on every channel (e-mail,
     * and SMS when the customer opted in: decided when it is sent); a second call for the same booking and kind is
     * ignored. A waitlist offer is the kind WAITLIST_OFFER about the offered (held) booking.
     */
    void queue(Booking booking, Kind kind, String recipient);

    /**
     * Queues one notice of a kind {@linkplain Kind#aboutWaitlistEntry() about a waitlist entry} to the entry's
     * e-mail, on every channel like a booking's; a second call for the same entry and kind is ignored.
     */
    void queue(WaitlistEntry entry, Kind kind);
}
