package com.cinema.booking.notification;

import java.time.Instant;
import java.util.List;

/**
 * The delivery side of the notification outbox (port; the adapter is {@code persistence.NotificationOutbox}): one
 * row per notice and {@link Channel}, each claimed, retried and finished on its own.
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

    /** Nothing to send on this channel (e.g. not opted in to SMS): SKIPPED with the reason, never tried again. */
    boolean markSkipped(OutboxNotice notice, Instant at, String reason);

    /** Failed for the last time: FAILED, never tried again. */
    boolean markFailed(OutboxNotice notice, int attempts, String error);
}
