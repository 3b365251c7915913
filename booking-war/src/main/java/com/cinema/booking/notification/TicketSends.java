package com.cinema.booking.notification;

import java.time.Instant;

/**
 * The e-mails that carried a booking's tickets: its confirmation, and each copy sent again since
 * ({@link TicketResend}). Port; the adapter is the notification outbox ({@code persistence.NotificationOutbox}).
 * Callers hold the booking's row lock, so two requests for one booking count and number their copies in turn.
 */
public interface TicketSends {

    /**
     * How often a booking's tickets went out by e-mail: {@code copies} sent again so far (the number of the last
     * one), and when the latest e-mail with them, confirmation or copy, was queued (null: none yet).
     */
    record History(int copies, Instant lastQueuedAt) {
    }

    History of(long bookingId);

    /** Queues copy number {@code copy} (1, 2, ...) of the booking's tickets to {@code email}, in the caller's transaction. */
    void queueCopy(long bookingId, int copy, String email, Instant now);
}
