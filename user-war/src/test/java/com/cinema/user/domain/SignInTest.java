package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
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
        Accounts accounts = new Accounts();
        accounts.changes = changes;
        signIn.accounts = accounts;
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

    @Test
    void confirmingThePasswordChecksItWithoutWritingAnything() {
        changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));

        signIn.confirmPassword(1, PASSWORD);

        assertThat(attempts.asked).containsExactly("user:1|ann@example.org");
        assertThat(attempts.recorded).isEmpty();
        assertThat(changes.closed).isEmpty();
    }

    @Test
    void aWrongPasswordToConfirmIsThrottledLikeChangingThePassword() {
        changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));

        assertThatThrownBy(() -> signIn.confirmPassword(1, "Not-The-Password-1"))
                .isInstanceOf(ValidationException.class).hasMessage("password: is not your current password");
        assertThat(attempts.recorded).containsExactly("user:1|ann@example.org:failed");

        attempts.wait = Optional.of(Duration.ofMinutes(3));
        assertThatThrownBy(() -> signIn.confirmPassword(1, PASSWORD)).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> signIn.closeAccount(1, PASSWORD)).isInstanceOf(RateLimitedException.class);
        assertThat(changes.closed).isEmpty();
    }

    @Test
    void closingTheAccountNeedsTheCurrentPassword() {
        User ann = changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));

        assertThatThrownBy(() -> signIn.closeAccount(1, "Not-The-Password-1"))
                .isInstanceOf(ValidationException.class).hasMessage("password: is not your current password");
        assertThat(changes.closed).isEmpty();
        assertThat(ann.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(attempts.recorded).containsExactly("user:1|ann@example.org:failed");

        signIn.closeAccount(1, PASSWORD);

        assertThat(changes.closed).containsExactly(1L);
        assertThat(ann.getStatus()).isEqualTo(UserStatus.CLOSED);
    }

    @Test
    void anAdministratorCannotCloseTheirAccount() {
        User alex = changes.add(2, new User("alex@example.org", hasher.hash(PASSWORD), "Alex Admin"));
        alex.changeRole(Role.ADMIN, true);

        assertThatThrownBy(() -> signIn.closeAccount(2, PASSWORD)).isInstanceOf(ConflictException.class)
                .hasMessage(AccountRules.ADMIN_CANNOT_CLOSE);
        assertThat(changes.closed).isEmpty();
        assertThat(alex.getStatus()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void aClosedAccountIsGoneForItsOwnerAndSignsInToNothing() {
        changes.add(1, new User("ann@example.org", hasher.hash(PASSWORD), "Ann Smith"));
        signIn.closeAccount(1, PASSWORD);

        assertThatThrownBy(() -> signIn.confirmPassword(1, PASSWORD)).isInstanceOf(UnauthenticatedException.class)
                .hasMessage(Accounts.ACCOUNT_CLOSED);
        assertThatThrownBy(() -> signIn.changePassword(1, PASSWORD, "Another-Good-Password-2"))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(failure("ann@example.org", PASSWORD)).isEqualTo(SignIn.WRONG_CREDENTIALS);
        assertThat(failure("closed-1@closed.invalid", PasswordHasher.NEVER_VERIFIES))
                .as("the placeholder like an unknown address").isEqualTo(SignIn.WRONG_CREDENTIALS);
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
        final List<Long> closed = new ArrayList<>();

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

        @Override
        public Closing close(long userId, String verifiedHash) {
            User user = find(userId).filter(u -> u.passwordHash().equals(verifiedHash)).orElseThrow();
            byEmail.remove(user.getEmailNormalized());
            user.close();
            byEmail.put(user.getEmailNormalized(), user);
            closed.add(userId);
            return Closing.CLOSED;
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
