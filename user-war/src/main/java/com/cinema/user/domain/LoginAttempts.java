package com.cinema.user.domain;

import com.cinema.user.persistence.LoginAttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Records sign-in attempts and asks the throttle about them, each call in its own transaction. */
@ApplicationScoped
@Transactional
public class LoginAttempts {

    @Inject
    LoginAttemptRepository attempts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** Empty when the address may try to sign in now; otherwise how long it has to wait. */
    public Optional<Duration> retryAfter(String normalisedEmail) {
        return throttle.retryAfter(attempts.since(normalisedEmail, throttle.windowStart()));
    }

    public void recordFailure(String normalisedEmail) {
        attempts.add(new LoginAttempt(normalisedEmail, clock.instant(), false));
    }

    /** Also forgets attempts that have left the window: they can no longer throttle anyone. */
    public void recordSuccess(String normalisedEmail) {
        attempts.add(new LoginAttempt(normalisedEmail, clock.instant(), true));
        attempts.deleteBefore(throttle.windowStart());
    }
}
