package com.cinema.booking.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a queued notice still says something true when its turn comes: a reminder of a showing that has started,
 * or of a booking cancelled since it was queued, would not (a retry after a mail server outage can come late); nor is
 * one wanted by a customer who has turned reminders off since. Asked before the channel, so such a notice is
 * SKIPPED on every channel.
 */
@FunctionalInterface
public interface NoticeRelevance {

    /**
     * Why the notice should no longer go out at {@code now}, or empty when it should; {@code contacts} answers for
     * the user service in this round of sending. Throws when that cannot be told now (another service down): the
     * notice is retried later.
     */
    Optional<String> outdated(OutboxNotice notice, Instant now, ContactDirectory contacts);
}
