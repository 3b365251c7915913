package com.cinema.gateway.api.movie;

/** Where the e-mail about a review's removal stands: queued or retrying, sent, skipped (no address) or given up. */
public enum ReviewRemovalEmailStatus {
    PENDING,
    SENT,
    SKIPPED,
    FAILED
}
