package com.cinema.user.domain;

import com.cinema.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Throttling by address and account and by address, never by the account alone. */
class LoginThrottlesTest {

    private static final String STRANGER = "198.51.100.23";
    private static final String OWNER = "203.0.113.5";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoginThrottles throttles = new LoginThrottles(
            new LoginThrottle(5, Duration.ofMinutes(15), clock), new LoginThrottle(30, Duration.ofMinutes(15), clock));
    private final List<LoginAttempt> log = new ArrayList<>();

    @Test
    void fiveFailuresFromOneAddressHoldUpThatAddressOnlyNotTheOwnerElsewhere() {
        attempt(STRANGER, "ann@example.org", false, 5);

        assertThat(retryAfter(STRANGER, "ann@example.org")).isPresent();
        assertThat(retryAfter(OWNER, "ann@example.org")).isEmpty();
        assertThat(retryAfter(STRANGER, "bob@example.org")).isEmpty();
    }

    @Test
    void oneAddressSprayingManyAccountsIsHeldUpForEveryAccount() {
        for (int i = 0; i < 30; i++) {
            attempt(STRANGER, "victim-" + i + "@example.org", false, 1);
        }

        // 10:00:00 .. 10:04:50, now 10:05: the first of the thirty leaves the window at 10:15
        assertThat(retryAfter(STRANGER, "someone-new@example.org")).contains(Duration.ofMinutes(10));
        assertThat(retryAfter(OWNER, "victim-0@example.org")).isEmpty();
    }

    @Test
    void signingInToOnesOwnAccountDoesNotResetTheAddressCount() {
        for (int i = 0; i < 29; i++) {
            attempt(STRANGER, "victim-" + i + "@example.org", false, 1);
        }
        attempt(STRANGER, "own@example.org", true, 1);
        attempt(STRANGER, "victim-29@example.org", false, 1);

        assertThat(retryAfter(STRANGER, "own@example.org")).isPresent();
    }

    @Test
    void theLongerOfTheTwoWaitsIsAnswered() {
        attempt(STRANGER, "ann@example.org", false, 5);      // 10:00:00 .. 10:00:40: the pair waits until 10:15:00
        clock.advance(Duration.ofMinutes(5));                // now 10:05:50
        for (int i = 0; i < 26; i++) {                       // 31 failures of the address; the 30th latest is 10:00:10
            log.add(new LoginAttempt("other-" + i + "@example.org", STRANGER, clock.instant(), false));
        }

        Duration addressWait = Duration.ofMinutes(9).plusSeconds(20);   // until 10:15:10
        assertThat(retryAfter(STRANGER, "ann@example.org")).contains(addressWait);
        assertThat(retryAfter(STRANGER, "carol@example.org")).contains(addressWait);
    }

    private void attempt(String address, String email, boolean succeeded, int times) {
        for (int i = 0; i < times; i++) {
            log.add(new LoginAttempt(email, address, clock.instant(), succeeded));
            clock.advance(Duration.ofSeconds(10));
        }
    }

    private Optional<Duration> retryAfter(String address, String email) {
        Instant from = throttles.windowStart();
        List<LoginAttempt> window = log.stream().filter(a -> a.getAttemptedAt().isAfter(from)).toList();
        return throttles.retryAfter(
                window.stream().filter(a -> a.getClientAddress().equals(address) && a.getEmail().equals(email)).toList(),
                window.stream().filter(a -> a.getClientAddress().equals(address)).toList());
    }
}
