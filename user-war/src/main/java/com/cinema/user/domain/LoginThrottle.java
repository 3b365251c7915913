package com.cinema.user.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing for one key (see {@link LoginThrottles}): after {@code maxFailures} failed sign-ins within the window
 * (and since the last successful one), further attempts wait until the oldest of those failures has left
 * the window. Refused attempts are not counted, so the wait does not grow while someone keeps trying.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the throttle needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Attempts older than this no longer matter. */
    public Instant windowStart() {
        return clock.instant().minus(window);
    }

    /** Empty when one more attempt may be made now; otherwise how long until it may. */
    public Optional<Duration> retryAfter(List<LoginAttempt> attempts) {
        Instant now = clock.instant();
        Instant start = now.minus(window);
        Instant lastSuccess = attempts.stream().filter(LoginAttempt::isSucceeded)
                .map(LoginAttempt::getAttemptedAt).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        List<Instant> failures = attempts.stream()
                .filter(a -> !a.isSucceeded())
                .map(LoginAttempt::getAttemptedAt)
                .filter(at -> at.isAfter(start) && at.isAfter(lastSuccess))
                .sorted(Comparator.reverseOrder())
                .toList();
        if (failures.size() < maxFailures) {
            return Optional.empty();
        }
        Instant unlocked = failures.get(maxFailures - 1).plus(window);
        return Optional.of(Duration.between(now, unlocked));
    }
}
