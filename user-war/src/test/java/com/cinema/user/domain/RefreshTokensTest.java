package com.cinema.user.domain;

import com.cinema.testing.MutableClock;
import com.cinema.user.persistence.RefreshTokenRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Rotation and replay detection, with the database replaced by lists. */
class RefreshTokensTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryTokens stored = new InMemoryTokens();
    private final InMemoryUsers users = new InMemoryUsers();
    private final RefreshTokens tokens = new RefreshTokens();
    private User ann;

    @BeforeEach
    void wire() {
        tokens.tokens = stored;
        tokens.users = users;
        tokens.clock = clock;
        tokens.random = new SecureRandom();
        tokens.lifetimeDays = 30;
        ann = users.add(7, new User("ann@example.org", HASH, "Ann Smith"));
    }

    @Test
    void aTokenIsExchangedOnceForTheNextOfItsFamily() {
        String first = tokens.start(ann);
        clock.advance(Duration.ofMinutes(20));

        RefreshTokens.Rotated rotated = (RefreshTokens.Rotated) tokens.rotate(first);

        assertThat(rotated.user()).isSameAs(ann);
        assertThat(rotated.refreshToken()).isNotEqualTo(first);
        assertThat(stored.rows).hasSize(2);
        assertThat(stored.rows.get(1).getFamilyId()).isEqualTo(stored.rows.get(0).getFamilyId());
        assertThat(tokens.rotate(rotated.refreshToken())).isInstanceOf(RefreshTokens.Rotated.class);
    }

    @Test
    void replayingAUsedTokenRevokesTheWholeFamily() {
        String first = tokens.start(ann);
        String second = ((RefreshTokens.Rotated) tokens.rotate(first)).refreshToken();
        String otherSignIn = tokens.start(ann);

        assertThat(tokens.rotate(first)).isEqualTo(new RefreshTokens.Refused(true));
        assertThat(tokens.rotate(second)).isEqualTo(new RefreshTokens.Refused(false));
        assertThat(tokens.rotate(otherSignIn)).as("another sign-in is another family")
                .isInstanceOf(RefreshTokens.Rotated.class);
    }

    @Test
    void unknownBlankAndExpiredTokensAreRefused() {
        String token = tokens.start(ann);
        clock.advance(Duration.ofDays(30));

        assertThat(tokens.rotate("no-such-token")).isEqualTo(new RefreshTokens.Refused(false));
        assertThat(tokens.rotate(" ")).isEqualTo(new RefreshTokens.Refused(false));
        assertThat(tokens.rotate(token)).isEqualTo(new RefreshTokens.Refused(false));
    }

    @Test
    void aDisabledAccountCannotRefreshAndItsSignInEnds() {
        String token = tokens.start(ann);
        ann.changeStatus(UserStatus.DISABLED);

        assertThat(tokens.rotate(token)).isEqualTo(new RefreshTokens.Refused(false));
        ann.changeStatus(UserStatus.ACTIVE);
        assertThat(tokens.rotate(token)).as("the family stays revoked").isEqualTo(new RefreshTokens.Refused(false));
    }

    @Test
    void signingOutRevokesTheFamilyOfTheToken() {
        String first = tokens.start(ann);
        String second = ((RefreshTokens.Rotated) tokens.rotate(first)).refreshToken();

        tokens.revokeFamilyOf(first);

        assertThat(tokens.rotate(second)).isEqualTo(new RefreshTokens.Refused(false));
    }

    @Test
    void startingASignInClearsTheUsersExpiredTokens() {
        tokens.start(ann);
        clock.advance(Duration.ofDays(31));

        tokens.start(ann);

        assertThat(stored.rows).hasSize(1);
    }

    private static final class InMemoryTokens extends RefreshTokenRepository {

        final List<RefreshToken> rows = new ArrayList<>();

        @Override
        public void add(RefreshToken token) {
            rows.add(token);
        }

        @Override
        public Optional<RefreshToken> findForUpdate(String tokenHash) {
            return find(tokenHash);
        }

        @Override
        public Optional<RefreshToken> find(String tokenHash) {
            return rows.stream().filter(t -> t.getTokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public int revokeFamily(String familyId, Instant now) {
            rows.stream().filter(t -> t.getFamilyId().equals(familyId)).forEach(t -> t.revoke(now));
            return 0;
        }

        @Override
        public int revokeAllOf(long userId, Instant now) {
            rows.stream().filter(t -> t.getUserId() == userId).forEach(t -> t.revoke(now));
            return 0;
        }

        @Override
        public int deleteExpired(long userId, Instant now) {
            rows.removeIf(t -> t.getUserId() == userId && t.getExpiresAt().isBefore(now));
            return 0;
        }
    }

}
