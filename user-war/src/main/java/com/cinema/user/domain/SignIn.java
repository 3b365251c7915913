package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.RateLimitedException;
import com.cinema.common.error.UnauthenticatedException;
import com.cinema.common.error.ValidationException;
import com.cinema.user.security.AccessTokenSigner;
import com.cinema.user.security.AccessTokenSigner.SignedToken;
import com.cinema.user.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * Signing in, refreshing and signing out, and what needs the caller's current password (changing it, confirming
 * it, closing the account), whose wrong guesses are throttled like sign-ins. Not one transaction: password hashing
 * is slow and holds no database connection, and failed attempts must be recorded even though the call fails.
 */
@ApplicationScoped
public class SignIn {

    /** Every failed sign-in says this, so that the answer never tells whether an address has an account. */
    static final String WRONG_CREDENTIALS = "The e-mail address or password is wrong";

    /** A signed-in user with a new access token and a new refresh token. */
    public record Session(User user, SignedToken accessToken, String refreshToken) {
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountChanges changes;

    @Inject
    LoginAttempts attempts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessTokenSigner signer;

    public Session register(String email, String password, String fullName, String phone) {
        return open(accounts.register(email, password, fullName, phone));
    }

    /** @param clientAddress who is trying, for the throttle (see LoginThrottles): never the account alone */
    public Session login(String email, String password, String clientAddress) {
        String key;
        try {
            key = EmailAddress.normalise(email);
        } catch (ValidationException e) {
            throw new UnauthenticatedException(WRONG_CREDENTIALS);
        }
        refuseWhileThrottled(clientAddress, key);
        // A closed account's placeholder address signs in to nothing, exactly like an unknown address.
        Optional<User> account = changes.findByEmail(key).filter(user -> !user.isClosed());
        boolean passwordMatches;
        if (account.isPresent()) {
            passwordMatches = hasher.verify(password, account.get().passwordHash());
        } else {
            hasher.verifyAgainstNothing(password);
            passwordMatches = false;
        }
        if (!passwordMatches || !account.get().canSignIn()) {
            attempts.recordFailure(clientAddress, key);
            throw new UnauthenticatedException(WRONG_CREDENTIALS);
        }
        attempts.recordSuccess(clientAddress, key);
        User user = account.get();
        if (hasher.needsRehash(user.passwordHash())) {
            changes.upgradeHash(user.getId(), user.passwordHash(), hasher.hash(password));
        }
        return open(user);
    }

    /** A new access token and the next refresh token of the same sign-in. */
    public Session refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation instanceof RefreshTokens.Rotated rotated) {
            User user = rotated.user();
            return new Session(user, sign(user), rotated.refreshToken());
        }
        throw new UnauthenticatedException("The refresh token is not valid any more; please sign in again");
    }

    public void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    /**
     * Checks the current password (see {@link #verifiedOwnAccount}) and ends every sign-in of the account: the client
     * signs in again.
     */
    public void changePassword(long userId, String currentPassword, String newPassword) {
        User user = verifiedOwnAccount(userId, "currentPassword", currentPassword);
        AccountRules.checkNewPassword(newPassword, user.getEmail());
        if (!changes.replacePassword(userId, user.passwordHash(), hasher.hash(newPassword))) {
            throw new ConflictException("The password was changed meanwhile; please try again");
        }
    }

    /**
     * Only checks that {@code password} is the caller's current one (see {@link #verifiedOwnAccount}), e.g. before
     * a step that cannot be undone; nothing is written but a wrong password's attempt.
     */
    public void confirmPassword(long userId, String password) {
        verifiedOwnAccount(userId, "password", password);
    }

    /**
     * Closes the caller's own account for good once {@code password} proved to be theirs (see
     * {@link #verifiedOwnAccount} and {@link AccountChanges#close}); an administrator's account is CONFLICT.
     */
    public void closeAccount(long userId, String password) {
        User user = verifiedOwnAccount(userId, "password", password);
        AccountRules.checkClosing(user.getRoles());
        switch (changes.close(userId, user.passwordHash())) {
            case CLOSED -> {
                // done
            }
            // Granted ADMIN, or the password changed, between the check above and the transaction.
            case ADMIN -> throw new ConflictException(AccountRules.ADMIN_CANNOT_CLOSE);
            case CHANGED -> throw new ConflictException("The account changed meanwhile; please try again");
        }
    }

    /**
     * The caller's own account once {@code password} proved to be its current one; a wrong one is VALIDATION on
     * {@code field}. Wrong ones are throttled like sign-ins, so a stolen access token cannot be used to guess the
     * password; a closed or deleted account is UNAUTHENTICATED.
     */
    private User verifiedOwnAccount(long userId, String field, String password) {
        User user = accounts.own(userId);
        // Keyed by the signed-in account, not an address: only whoever holds its token can slow it down, and these
        // failures never hold up signing in.
        String signedIn = "user:" + userId;
        refuseWhileThrottled(signedIn, user.getEmailNormalized());
        if (!hasher.verify(password, user.passwordHash())) {
            attempts.recordFailure(signedIn, user.getEmailNormalized());
            throw new ValidationException(field, "is not your current password");
        }
        return user;
    }

    private void refuseWhileThrottled(String clientAddress, String normalisedEmail) {
        Optional<Duration> wait = attempts.retryAfter(clientAddress, normalisedEmail);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new RateLimitedException("Too many failed sign-ins; try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes"));
        }
    }

    private Session open(User user) {
        SignedToken access = sign(user);
        return new Session(user, access, refreshTokens.start(user));
    }

    private SignedToken sign(User user) {
        return signer.sign(String.valueOf(user.getId()), user.getEmail(), user.getFullName(),
                user.getRoles().stream().map(Role::name).sorted().toList());
    }
}
