package com.cinema.user.domain;

import com.cinema.common.error.RateLimitedException;
import com.cinema.common.error.UnauthenticatedException;
import com.cinema.common.error.ValidationException;
import com.cinema.user.security.AccessTokenSigner;
import com.cinema.user.security.Argon2Settings;
import com.cinema.user.security.PasswordHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in, with the transactions replaced by maps and lists. */
class SignInTest {

    private static final String PASSWORD = "Popcorn-And-Films-1";
    private static final String ADDRESS = "198.51.100.7";
    private static final PrivateKey KEY = rsaKey();
    private final PasswordHasher hasher = new PasswordHasher(new Argon2Settings(256, 1, 1), 1, new SecureRandom());
    private final InMemoryAccounts changes = new InMemoryAccounts();
    private final RecordedAttempts attempts = new RecordedAttempts();
    private final SignIn signIn = new SignIn();

    @BeforeEach
    void wire() {
        signIn.changes = changes;
        signIn.attempts = attempts;
        signIn.hasher = hasher;
        signIn.refreshTokens = new RefreshTokens() {
            @Override
            public String start(User user) {
                return "refresh-" + user.getId();
            }
        };
        signIn.signer = new AccessTokenSigner(() -> KEY,
                new AccessTokenSigner.Settings("cinema-user-service", "cinema", Duration.ofMinutes(15)), Clock.systemUTC());
    }

    @Test
    void theRightPasswordSignsInAndIsRecorded() {
        changes.add(1, new User("Ann@Example.org", hasher.hash(PASSWORD), "Ann Smith"));

        SignIn.Session session = signIn.login(" ANN@example.org ", PASSWORD, ADDRESS);

        assertThat(session.user().getId()).isEqualTo(1);
        assertThat(session.refreshToken()).isEqualTo("refresh-1");
        assertThat(session.accessToken().compact()).isNotBlank();
        assertThat(attempts.recorded).containsExactly("ann@example.org:ok");
        assertThat(changes.upgraded).isEmpty();
    }

    @Test
    void aHashWithOutdatedParametersIsReplacedOnSignIn() {
        String old = new PasswordHasher(new Argon2Settings(128, 1, 1), 1, new SecureRandom()).hash(PASSWORD);
        changes.add(1, new User("ann@example.org", old, "Ann Smith"));

        signIn.login("ann@example.org", PASSWORD, ADDRESS);

        String upgraded = changes.upgraded.get(old);
        assertThat(upgraded).isNotNull();
        assertThat(hasher.verify(PASSWORD, upgraded)).isTrue();
        assertThat(hasher.needsRehash(upgraded)).isFalse();
    }

    @Test
    void aWrongPasswordAndAnUnknownOrMalformedAddressFailAlike() {
        changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));

        String wrongPassword = failure("ann@example.org", PASSWORD + "!");
        String unknownAddress = failure("nobody@example.org", PASSWORD);
        String malformedAddress = failure("nobody", PASSWORD);

        assertThat(unknownAddress).isEqualTo(wrongPassword).isEqualTo(malformedAddress).isEqualTo(SignIn.WRONG_CREDENTIALS);
        assertThat(attempts.recorded).containsExactly("ann@example.org:failed", "nobody@example.org:failed");
    }

    @Test
    void aDisabledAccountCannotSignInEvenWithTheRightPassword() {
        User ann = changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));
        ann.changeStatus(UserStatus.DISABLED);

        assertThat(failure("ann@example.org", PASSWORD)).isEqualTo(SignIn.WRONG_CREDENTIALS);
        assertThat(attempts.recorded).containsExactly("ann@example.org:failed");
    }

    @Test
    void aThrottledAddressIsRefusedBeforeThePasswordIsChecked() {
        changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));
        attempts.wait = Optional.of(Duration.ofSeconds(61));

        assertThatThrownBy(() -> signIn.login("ann@example.org", PASSWORD, ADDRESS))
                .isInstanceOf(RateLimitedException.class).hasMessageContaining("2 minutes");
        assertThat(attempts.recorded).isEmpty();
        assertThat(attempts.asked).containsExactly(ADDRESS + "|ann@example.org");
    }

    @Test
    void aWrongCurrentPasswordIsThrottledForTheSignedInAccountNotForAnAddress() {
        changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));

        assertThatThrownBy(() -> signIn.changePassword(1, "Not-The-Password-1", "Another-Good-Password-2"))
                .isInstanceOf(ValidationException.class);

        assertThat(attempts.asked).containsExactly("user:1|ann@example.org");
        assertThat(attempts.recorded).containsExactly("user:1|ann@example.org:failed");
    }

    private String failure(String email, String password) {
        try {
            signIn.login(email, password, ADDRESS);
            throw new AssertionError("signed in");
        } catch (UnauthenticatedException e) {
            return e.getMessage();
        }
    }

    private static PrivateKey rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class InMemoryAccounts extends AccountChanges {

        final Map<String, User> byEmail = new HashMap<>();
        final Map<String, String> upgraded = new HashMap<>();

        User add(long id, User user) {
            byEmail.put(user.getEmailNormalized(), TestUsers.withId(id, user));
            return user;
        }

        @Override
        public Optional<User> find(long id) {
            return byEmail.values().stream().filter(user -> user.getId() == id).findFirst();
        }

        @Override
        public Optional<User> findByEmail(String normalisedEmail) {
            return Optional.ofNullable(byEmail.get(normalisedEmail));
        }

        @Override
        public void upgradeHash(long userId, String verifiedHash, String newHash) {
            upgraded.put(verifiedHash, newHash);
        }
    }

    private static final class RecordedAttempts extends LoginAttempts {

        final List<String> recorded = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        Optional<Duration> wait = Optional.empty();

        @Override
        public Optional<Duration> retryAfter(String clientAddress, String normalisedEmail) {
            asked.add(clientAddress + "|" + normalisedEmail);
            return wait;
        }

        @Override
        public void recordFailure(String clientAddress, String normalisedEmail) {
            recorded.add((clientAddress.equals(ADDRESS) ? "" : clientAddress + "|") + normalisedEmail + ":failed");
        }

        @Override
        public void recordSuccess(String clientAddress, String normalisedEmail) {
            recorded.add((clientAddress.equals(ADDRESS) ? "" : clientAddress + "|") + normalisedEmail + ":ok");
        }
    }
}
