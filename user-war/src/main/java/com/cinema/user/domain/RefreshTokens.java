package com.cinema.user.domain;

import com.cinema.user.persistence.RefreshTokenRepository;
import com.cinema.user.persistence.UserRepository;
import com.cinema.user.security.OpaqueToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues, rotates and revokes refresh tokens. Outcomes are returned rather than thrown so that a revocation
 * made while refusing a token is committed.
 */
@ApplicationScoped
@Transactional
public class RefreshTokens {

    /** The result of presenting a refresh token: either a new token for the user or a refusal. */
    public sealed interface Rotation {
    }

    public record Rotated(User user, String refreshToken) implements Rotation {
    }

    /** {@code replayed}: the token had already been used, so its family is now revoked. */
    public record Refused(boolean replayed) implements Rotation {
    }

    @Inject
    RefreshTokenRepository tokens;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @Inject
    SecureRandom random;

    @Inject
    @ConfigProperty(name = "cinema.jwt.refresh-token-days")
    int lifetimeDays;

    /** The first refresh token of a new sign-in; the user's expired tokens are cleared on the way. */
    public String start(User user) {
        Instant now = clock.instant();
        String token = OpaqueToken.generate(random);
        tokens.add(RefreshToken.startFamily(user.getId(), OpaqueToken.digest(token), now, lifetime()));
        tokens.deleteExpired(user.getId(), now);
        return token;
    }

    /** Exchanges an active token for the next of its family; a replayed one revokes the family. */
    public Rotation rotate(String presented) {
        if (presented == null || presented.isBlank()) {
            return new Refused(false);
        }
        Optional<RefreshToken> found = tokens.findForUpdate(OpaqueToken.digest(presented.strip()));
        if (found.isEmpty()) {
            return new Refused(false);
        }
        RefreshToken token = found.get();
        Instant now = clock.instant();
        switch (token.state(now)) {
            case USED -> {
                tokens.revokeFamily(token.getFamilyId(), now);
                return new Refused(true);
            }
            case REVOKED, EXPIRED -> {
                return new Refused(false);
            }
            default -> {
                // ACTIVE: rotated below unless the account may no longer sign in
            }
        }
        Optional<User> user = users.find(token.getUserId()).filter(User::canSignIn);
        if (user.isEmpty()) {
            tokens.revokeFamily(token.getFamilyId(), now);
            return new Refused(false);
        }
        String next = OpaqueToken.generate(random);
        tokens.add(token.rotate(OpaqueToken.digest(next), now, lifetime()));
        return new Rotated(user.get(), next);
    }

    /** Signs out the sign-in the token belongs to; an unknown token is already as good as signed out. */
    public void revokeFamilyOf(String presented) {
        if (presented != null && !presented.isBlank()) {
            tokens.find(OpaqueToken.digest(presented.strip()))
                    .ifPresent(t -> tokens.revokeFamily(t.getFamilyId(), clock.instant()));
        }
    }

    private Duration lifetime() {
        return Duration.ofDays(lifetimeDays);
    }
}
