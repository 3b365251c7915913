package com.cinema.user.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordResetTest {

    private static final Instant SENT = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void aLinkWorksUntilItExpiresAndOnlyOnce() {
        PasswordReset reset = new PasswordReset(7, "digest", SENT, Duration.ofMinutes(30));
        assertThat(reset.usableAt(SENT.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(reset.usableAt(SENT.plus(Duration.ofMinutes(30)))).as("expired on the minute").isFalse();

        reset.use(SENT.plusSeconds(60));
        assertThat(reset.usableAt(SENT.plusSeconds(61))).isFalse();
    }

    @Test
    void aNewPasswordFollowsTheRulesAndItsErrorsNameNewPassword() {
        AccountRules.checkNewPassword("Long-Enough-Password-1", "ann@example.org");
        assertThatThrownBy(() -> AccountRules.checkNewPassword("short", "ann@example.org"))
                .hasMessageStartingWith("newPassword: must be at least");
        assertThatThrownBy(() -> AccountRules.checkNewPassword("Ann@Example.org", "ann@example.org"))
                .hasMessage("newPassword: must not be your e-mail address");
    }
}
