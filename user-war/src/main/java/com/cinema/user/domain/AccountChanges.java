package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.user.persistence.LoginAttemptRepository;
import com.cinema.user.persistence.PasswordResetRepository;
import com.cinema.user.persistence.RefreshTokenRepository;
import com.cinema.user.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The transactions behind {@link Accounts} and {@link SignIn}. Expected outcomes (no such user, address taken)
 * are returned, not thrown: Liberty records an FFDC incident for every exception leaving a transaction.
 */
@ApplicationScoped
@Transactional
public class AccountChanges {

    @Inject
    UserRepository users;

    @Inject
    RefreshTokenRepository tokens;

    @Inject
    PasswordResetRepository resets;

    @Inject
    LoginAttemptRepository attempts;

    @Inject
    Clock clock;

    /** What became of closing an account. */
    public enum Closing {
        CLOSED,
        /** It was granted the ADMIN role since it was checked. */
        ADMIN,
        /** Its password changed (or it was closed or deleted) since the password was verified. */
        CHANGED
    }

    /** Stores a new account; empty when its address is taken. */
    public Optional<User> add(User user) {
        if (users.findByEmail(user.getEmailNormalized()).isPresent()) {
            return Optional.empty();
        }
        try {
            users.add(user);
        } catch (PersistenceException e) {
            // Two registrations of one address at once: the unique key lets only one in.
            throw new ConflictException(Accounts.DUPLICATE_EMAIL);
        }
        return Optional.of(user);
    }

    public Optional<User> find(long id) {
        return users.find(id);
    }

    public Optional<User> findByEmail(String normalisedEmail) {
        return users.findByEmail(normalisedEmail);
    }

    public Optional<User> changeProfile(long userId, String fullName, String phone, Boolean smsOptIn,
                                        Boolean reminders) {
        return users.find(userId).map(user -> {
            user.changeProfile(fullName, phone, smsOptIn, reminders);
            return user;
        });
    }

    public Optional<User> changeRole(long userId, Role role, boolean granted) {
        return users.find(userId).map(user -> {
            user.changeRole(role, granted);
            return user;
        });
    }

    /** Disabling also ends every sign-in of the account (its refresh tokens); access tokens run out on their own. */
    public Optional<User> changeStatus(long userId, UserStatus status) {
        return users.find(userId).map(user -> {
            user.changeStatus(status);
            if (!user.canSignIn()) {
                tokens.revokeAllOf(userId, clock.instant());
            }
            return user;
        });
    }

    /**
     * Replaces the password that was verified as {@code verifiedHash} and ends every sign-in of the account;
     * false when the hash changed since it was verified (another change won the race).
     */
    public boolean replacePassword(long userId, String verifiedHash, String newHash) {
        Optional<User> user = users.find(userId).filter(u -> u.passwordHash().equals(verifiedHash));
        user.ifPresent(u -> {
            u.replacePasswordHash(newHash);
            tokens.revokeAllOf(userId, clock.instant());
        });
        return user.isPresent();
    }

    /**
     * Closes the account whose password was verified as {@code verifiedHash} (see {@link User#close}), all at once:
     * every sign-in ends (its refresh tokens), its password-reset links go, and so do the sign-in attempts recorded
     * under its address (they hold the address). Its access tokens run out on their own within minutes.
     */
    public Closing close(long userId, String verifiedHash) {
        Optional<User> found = users.find(userId)
                .filter(u -> !u.isClosed() && u.passwordHash().equals(verifiedHash));
        if (found.isEmpty()) {
            return Closing.CHANGED;
        }
        User user = found.get();
        if (!AccountRules.mayClose(user.getRoles())) {
            return Closing.ADMIN;
        }
        String address = user.getEmailNormalized();
        user.close();
        Instant now = clock.instant();
        tokens.revokeAllOf(userId, now);
        resets.deleteAllOf(userId);
        attempts.deleteAllOf(address);
        return Closing.CLOSED;
    }

    /** Stores a hash made with today's parameters, unless the password changed in between. */
    public void upgradeHash(long userId, String verifiedHash, String newHash) {
        users.find(userId).filter(u -> u.passwordHash().equals(verifiedHash))
                .ifPresent(u -> u.replacePasswordHash(newHash));
    }
}
