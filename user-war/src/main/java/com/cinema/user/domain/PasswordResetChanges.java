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

    /** What became of a request for a link. */
    public enum Issued { SENT, NO_ACCOUNT, LIMITED }

    /** The account a new link was made for, and what became of the request. */
    public record Issue(Issued outcome, Optional<User> account) {
    }

    /**
     * A new link for the active account with this address, retiring its earlier ones; none when no active account
     * has it, or when the account was sent {@code maxPerWindow} links within {@code window} already (so nobody can
     * flood its owner's inbox from many addresses). The account's row is locked: of requests racing, each counts
     * the links of those before it.
     */
    public Issue issue(String normalisedEmail, String tokenHash, Duration lifetime, int maxPerWindow, Duration window) {
        Optional<User> user = users.findByEmailForUpdate(normalisedEmail).filter(User::canSignIn);
        if (user.isEmpty()) {
            return new Issue(Issued.NO_ACCOUNT, Optional.empty());
        }
        long id = user.get().getId();
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        // Links still counted (in the window) or still usable (not expired) stay; older ones only take space.
        Instant keepFrom = windowStart.isBefore(now.minus(lifetime)) ? windowStart : now.minus(lifetime);
        resets.deleteCreatedBefore(id, keepFrom);
        if (resets.sentSince(id, windowStart) >= maxPerWindow) {
            return new Issue(Issued.LIMITED, Optional.empty());
        }
        resets.retireOpenOf(id, now);
        resets.add(new PasswordReset(id, tokenHash, now, lifetime));
        return new Issue(Issued.SENT, user);
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
