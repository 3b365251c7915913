package com.cinema.user.domain;

import com.cinema.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final String EMAIL = "ann@example.org";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);
    private final List<LoginAttempt> attempts = new ArrayList<>();

    @Test
    void fourFailuresStillAllowAnotherAttempt() {
        fail(4, Duration.ofMinutes(1));

        assertThat(throttle.retryAfter(attempts)).isEmpty();
    }

    @Test
    void fiveFailuresWithinTheWindowRefuseUntilTheFirstOfThemLeavesIt() {
        fail(5, Duration.ofMinutes(1));  // 10:00 .. 10:04, now 10:05

        assertThat(throttle.retryAfter(attempts)).contains(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(throttle.retryAfter(attempts)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter(attempts)).isEmpty();
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverThrottle() {
        fail(10, Duration.ofMinutes(4));

        assertThat(throttle.retryAfter(attempts)).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgivesTheFailuresBeforeIt() {
        fail(4, Duration.ofSeconds(10));
        attempts.add(new LoginAttempt(EMAIL, "198.51.100.1", clock.instant(), true));
        clock.advance(Duration.ofSeconds(10));
        fail(4, Duration.ofSeconds(10));

        assertThat(throttle.retryAfter(attempts)).isEmpty();
        fail(1, Duration.ofSeconds(10));
        assertThat(throttle.retryAfter(attempts)).isPresent();
    }

    @Test
    void moreThanEnoughFailuresWaitForTheFifthMostRecentOne() {
        fail(7, Duration.ofMinutes(1));  // 10:00 .. 10:06, now 10:07; the fifth most recent is 10:02

        assertThat(throttle.retryAfter(attempts)).contains(Duration.ofMinutes(10));
    }

    @Test
    void theWindowStartIsNowMinusTheWindow() {
        assertThat(throttle.windowStart()).isEqualTo(Instant.parse("2026-11-25T09:45:00Z"));
    }

    private void fail(int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            attempts.add(new LoginAttempt(EMAIL, "198.51.100.1", clock.instant(), false));
            clock.advance(apart);
        }
    }
}
