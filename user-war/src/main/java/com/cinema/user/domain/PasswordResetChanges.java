package com.cinema.user.domain;

import com.cinema.user.persistence.LoginAttemptRepository;
import com.cinema.user.persistence.PasswordResetRepository;
import com.cinema.user.persistence.RefreshTokenRepository;
import com.cinema.user.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The transactions behind {@link PasswordResets}; a link that cannot be used is an empty answer, not an exception. */
@ApplicationScoped
@Transactional
public class PasswordResetChanges {

    @Inject
    UserRepository users;

    @Inject
    PasswordResetRepository resets;

    @Inject
    RefreshTokenRepository tokens;

    @Inject
    LoginAttemptRepository attempts;

    @Inject
    Clock clock;

    /** A new link for the active account with this address, retiring its earlier ones; empty when there is none. */
    public Optional<User> issue(String normalisedEmail, String tokenHash, Duration lifetime) {
        Optional<User> user = users.findByEmail(normalisedEmail).filter(User::canSignIn);
        user.ifPresent(account -> {
            Instant now = clock.instant();
            resets.deleteExpiredOf(account.getId(), now);
            resets.retireOpenOf(account.getId(), now);
            resets.add(new PasswordReset(account.getId(), tokenHash, now, lifetime));
        });
        return user;
    }

    /** The active account a usable link belongs to. */
    public Optional<User> holderOf(String tokenHash) {
        Instant now = clock.instant();
        return resets.find(tokenHash).filter(reset -> reset.usableAt(now))
                .flatMap(reset -> users.find(reset.getUserId())).filter(User::canSignIn);
    }

    /**
     * Spends the link, sets the new password, ends every sign-in of the account and forgets its failed sign-ins;
     * false when the link is no
     * longer usable (used by a reset that won the race, retired, or expired since it was checked).
     */
    public boolean setPassword(String tokenHash, String newHash) {
        Instant now = clock.instant();
        Optional<PasswordReset> reset = resets.findForUpdate(tokenHash).filter(r -> r.usableAt(now));
        Optional<User> user = reset.flatMap(r -> users.find(r.getUserId())).filter(User::canSignIn);
        if (user.isEmpty()) {
            return false;
        }
        reset.get().use(now);
        // Any other link still open (two requests at once each retire only the links before them) dies with it.
        resets.retireOpenOf(user.get().getId(), now);
        user.get().replacePasswordHash(newHash);
        tokens.revokeAllOf(user.get().getId(), now);
        // Failures with the forgotten password no longer mean anyone is guessing this one: they must not keep
        // the owner waiting to sign in with it.
        attempts.deleteFailuresOf(user.get().getEmailNormalized());
        return true;
    }
}
