package com.cinema.common.task;

import java.time.Duration;

/** Exponential backoff between delivery attempts: base, 2 x base, 4 x base, ... never more than cap. */
public record Backoff(Duration base, Duration cap) {

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got " + base + " and " + cap);
        }
    }

    /** How long to wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // Beyond 2^30 x base every realistic cap is passed; stop doubling before the long overflows.
        if (doublings >= 31 || base.toMillis() > cap.toMillis() >> doublings) {
            return cap;
        }
        return Duration.ofMillis(base.toMillis() << doublings);
    }
}
