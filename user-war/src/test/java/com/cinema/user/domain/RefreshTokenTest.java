package com.cinema.user.domain;

import com.cinema.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshTokenTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void aNewTokenIsActiveForThirtyDaysInANewFamily() {
        RefreshToken token = RefreshToken.startFamily(7, "hash-1", clock.instant(), THIRTY_DAYS);

        assertThat(token.state(clock.instant())).isEqualTo(RefreshToken.State.ACTIVE);
        assertThat(token.getExpiresAt()).isEqualTo(Instant.parse("2026-12-25T10:00:00Z"));
        assertThat(token.getFamilyId()).hasSize(36)
                .isNotEqualTo(RefreshToken.startFamily(7, "hash-2", clock.instant(), THIRTY_DAYS).getFamilyId());
    }

    @Test
    void rotatingUsesTheTokenUpAndContinuesItsFamily() {
        RefreshToken first = RefreshToken.startFamily(7, "hash-1", clock.instant(), THIRTY_DAYS);
        clock.advance(Duration.ofDays(20));

        RefreshToken second = first.rotate("hash-2", clock.instant(), THIRTY_DAYS);

        assertThat(first.state(clock.instant())).isEqualTo(RefreshToken.State.USED);
        assertThat(second.state(clock.instant())).isEqualTo(RefreshToken.State.ACTIVE);
        assertThat(second.getFamilyId()).isEqualTo(first.getFamilyId());
        assertThat(second.getUserId()).isEqualTo(7);
        assertThat(second.getTokenHash()).isEqualTo("hash-2");
        assertThat(second.getExpiresAt()).isEqualTo(clock.instant().plus(THIRTY_DAYS));
    }

    @Test
    void aUsedTokenCannotBeRotatedAgain() {
        RefreshToken first = RefreshToken.startFamily(7, "hash-1", clock.instant(), THIRTY_DAYS);
        first.rotate("hash-2", clock.instant(), THIRTY_DAYS);

        assertThatThrownBy(() -> first.rotate("hash-3", clock.instant(), THIRTY_DAYS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        RefreshToken token = RefreshToken.startFamily(7, "hash-1", clock.instant(), THIRTY_DAYS);
        clock.advance(THIRTY_DAYS);

        assertThat(token.state(clock.instant())).isEqualTo(RefreshToken.State.EXPIRED);
        assertThatThrownBy(() -> token.rotate("hash-2", clock.instant(), THIRTY_DAYS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void revocationWinsOverEverythingElse() {
        RefreshToken token = RefreshToken.startFamily(7, "hash-1", clock.instant(), THIRTY_DAYS);
        token.rotate("hash-2", clock.instant(), THIRTY_DAYS);
        token.revoke(clock.instant());

        assertThat(token.state(clock.instant())).isEqualTo(RefreshToken.State.REVOKED);
    }
}
