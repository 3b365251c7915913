package com.cinema.common.task;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @Test
    void doublesFromTheBaseUntilTheCap() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void neverOverflowsHoweverManyAttempts() {
        assertThat(backoff.after(63)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCapBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
