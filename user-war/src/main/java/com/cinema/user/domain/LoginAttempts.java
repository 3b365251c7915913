package com.cinema.user.domain;

import com.cinema.user.persistence.LoginAttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Records sign-in attempts by client address and e-mail and asks the throttles about them, each call in its own
 * transaction. Refused attempts are not recorded, so the rows one address has in the window stay bounded.
 */
@ApplicationScoped
@Transactional
public class LoginAttempts {

    @Inject
    LoginAttemptRepository attempts;

    @Inject
    LoginThrottles throttles;

    @Inject
    Clock clock;

    /** Empty when this client address may try to sign in to this account now; otherwise how long it has to wait. */
    public Optional<Duration> retryAfter(String clientAddress, String normalisedEmail) {
        Instant from = throttles.windowStart();
        return throttles.retryAfter(attempts.since(clientAddress, normalisedEmail, from),
                attempts.failuresSince(clientAddress, from));
    }

    public void recordFailure(String clientAddress, String normalisedEmail) {
        attempts.add(new LoginAttempt(normalisedEmail, clientAddress, clock.instant(), false));
    }

    /** Also forgets attempts that have left the window: they can no longer throttle anyone. */
    public void recordSuccess(String clientAddress, String normalisedEmail) {
        attempts.add(new LoginAttempt(normalisedEmail, clientAddress, clock.instant(), true));
        attempts.deleteBefore(throttles.windowStart());
    }
}
