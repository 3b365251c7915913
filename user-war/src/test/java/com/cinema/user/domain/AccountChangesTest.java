package com.cinema.user.domain;

import com.cinema.testing.MutableClock;
import com.cinema.user.persistence.LoginAttemptRepository;
import com.cinema.user.persistence.PasswordResetRepository;
import com.cinema.user.persistence.RefreshTokenRepository;
import com.cinema.user.security.PasswordHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing an account in its transaction, with the repositories replaced by recorders. */
class AccountChangesTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryUsers users = new InMemoryUsers();
    private final List<String> deleted = new ArrayList<>();
    private final AccountChanges changes = new AccountChanges();

    @BeforeEach
    void wire() {
        changes.users = users;
        changes.clock = new MutableClock(NOW);
        changes.tokens = new RefreshTokenRepository() {
            @Override
            public int revokeAllOf(long userId, Instant now) {
                deleted.add("tokens of " + userId + " at " + now);
                return 1;
            }
        };
        changes.resets = new PasswordResetRepository() {
            @Override
            public int deleteAllOf(long userId) {
                deleted.add("resets of " + userId);
                return 1;
            }
        };
        changes.attempts = new LoginAttemptRepository() {
            @Override
            public int deleteAllOf(String normalisedEmail) {
                deleted.add("attempts of " + normalisedEmail);
                return 1;
            }
        };
    }

    @Test
    void closingEndsEverySignInAndForgetsTheLinksAndTheAttemptsOfTheOldAddress() {
        User ann = users.add(5, new User("Ann@Example.org", HASH, "Ann Smith"));

        assertThat(changes.close(5, HASH)).isEqualTo(AccountChanges.Closing.CLOSED);

        assertThat(ann.isClosed()).isTrue();
        assertThat(deleted).containsExactlyInAnyOrder("tokens of 5 at " + NOW, "resets of 5",
                "attempts of ann@example.org");
    }

    @Test
    void anAccountGrantedAdminOrGivenAnotherPasswordSinceTheCheckIsLeftAlone() {
        User alex = users.add(6, new User("alex@example.org", HASH, "Alex Admin"));
        alex.changeRole(Role.ADMIN, true);
        User ann = users.add(5, new User("ann@example.org", HASH, "Ann Smith"));

        assertThat(changes.close(6, HASH)).isEqualTo(AccountChanges.Closing.ADMIN);
        assertThat(changes.close(5, "$argon2id$v=19$m=19456,t=2,p=1$b3RoZXJzYWx0$b3RoZXJoYXNo"))
                .isEqualTo(AccountChanges.Closing.CHANGED);
        assertThat(changes.close(99, HASH)).isEqualTo(AccountChanges.Closing.CHANGED);

        assertThat(alex.isClosed()).isFalse();
        assertThat(ann.isClosed()).isFalse();
        assertThat(deleted).isEmpty();
    }

    @Test
    void aClosedAccountIsNotClosedTwice() {
        users.add(5, new User("ann@example.org", HASH, "Ann Smith"));
        changes.close(5, HASH);
        deleted.clear();

        assertThat(changes.close(5, PasswordHasher.NEVER_VERIFIES)).isEqualTo(AccountChanges.Closing.CHANGED);
        assertThat(deleted).isEmpty();
    }

}
