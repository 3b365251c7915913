package com.cinema.booking.notification;

import java.time.Instant;
import java.util.List;

/**
 * The delivery side of the notification outbox (port; the adapter is {@code persistence.NotificationOutbox}).
 * Every method runs inside a {@code Transactions} transaction. A claim is a conditional UPDATE, so replicas never
 * deliver the same notice at once; every later change is conditional on still holding that claim.
 */
public interface NoticeOutbox {

    /**
     * Claims up to {@code limit} PENDING notices due by {@code now} whose earlier claim (if any) has run out,
     * until {@code claimUntil}; returns those this call won.
     */
    List<OutboxNotice> claimDue(Instant now, Instant claimUntil, int limit);

    /** Delivered: SENT at {@code at}. False when the claim was lost meanwhile (nothing changes). */
    boolean markSent(OutboxNotice notice, Instant at);

    /** Failed once more: try again from {@code nextAttemptAt}. */
    boolean retryLater(OutboxNotice notice, int attempts, Instant nextAttemptAt, String error);

    /** Failed for the last time: FAILED, never tried again. */
    boolean markFailed(OutboxNotice notice, int attempts, String error);
}
