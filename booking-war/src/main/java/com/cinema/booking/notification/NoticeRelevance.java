package com.cinema.booking.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a queued notice still says something true when its turn comes: a reminder of a showing that has started,
 * or of a booking cancelled since it was queued, would not (a retry after a mail server outage can come late).
 */
@FunctionalInterface
public interface NoticeRelevance {

    /** Why the notice should no longer go out at {@code now}, or empty when it should. */
    Optional<String> outdated(OutboxNotice notice, Instant now);
}
