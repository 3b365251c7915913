package com.cinema.user.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.user.mail.PasswordResetMail;
import com.cinema.user.security.OpaqueToken;
import com.cinema.user.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * "Forgot your password?": a one-time link by e-mail, then a new password with the token from it. Asking never
 * tells whether an account has the address (same answer, and the mail leaves in the background, so no difference
 * in time either). Setting the password spends the link and ends every sign-in of the account.
 */
@ApplicationScoped
public class PasswordResets {

    static final String LINK_UNUSABLE = "this link to reset your password is used or expired: ask for a new one";
    /** Far longer than a real token (43 characters): anything longer is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    @Inject
    PasswordResetChanges changes;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecureRandom random;

    @Inject
    PasswordResetMail mail;

    @Inject
    PasswordResetMetrics metrics;

    @Inject
    @ConfigProperty(name = "cinema.user.password-reset.lifetime", defaultValue = "PT30M")
    Duration lifetime;

    /** At most this many links to one account per window, whoever asks from wherever: no inbox flooding. */
    @Inject
    @ConfigProperty(name = "cinema.user.password-reset.max-per-window", defaultValue = "5")
    int maxPerWindow;

    @Inject
    @ConfigProperty(name = "cinema.user.password-reset.window", defaultValue = "PT1H")
    Duration window;

    /**
     * Sends a link if an active account has the address and has not had its fill of links lately; the same answer
     * either way. An address that is not one is VALIDATION on email.
     */
    public void request(String email) {
        String address = EmailAddress.clean(email);
        String token = OpaqueToken.generate(random);
        PasswordResetChanges.Issue issue = changes.issue(EmailAddress.normalise(address), OpaqueToken.digest(token),
                lifetime, maxPerWindow, window);
        issue.account().ifPresent(a -> mail.send(a.getEmail(), a.getFullName(), token, lifetime));
        metrics.requested(issue.outcome());
    }

    /** Sets the new password of the link's account; VALIDATION on token or newPassword when it cannot. */
    public void reset(String token, String newPassword) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw linkUnusable();
        }
        String digest = OpaqueToken.digest(token.strip());
        User account = changes.holderOf(digest).orElseThrow(this::linkUnusable);
        AccountRules.checkNewPassword(newPassword, account.getEmail());
        // Hashed before the transaction (Argon2 is slow on purpose); the link is checked again inside it.
        if (!changes.setPassword(digest, hasher.hash(newPassword))) {
            throw linkUnusable();
        }
        metrics.reset(true);
    }

    private ValidationException linkUnusable() {
        metrics.reset(false);
        return new ValidationException("token", LINK_UNUSABLE);
    }
}
