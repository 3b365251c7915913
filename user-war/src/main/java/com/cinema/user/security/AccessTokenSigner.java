package com.cinema.user.security;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.ReservedClaimNames;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Signs the RS256 access tokens that every server verifies with MP-JWT (docs/architecture.md, "Security model"). */
public final class AccessTokenSigner {

    /** What every token says about its origin and lifetime. */
    public record Settings(String issuer, String audience, Duration lifetime) {
    }

    /** A signed token and when it stops being accepted. */
    public record SignedToken(String compact, Instant expiresAt, Duration lifetime) {
    }

    private final Supplier<PrivateKey> keySource;
    private final Settings settings;
    private final Clock clock;
    private volatile PrivateKey key;

    /** @param key read on first use, so a server without a key still starts and serves public reads */
    public AccessTokenSigner(Supplier<PrivateKey> key, Settings settings, Clock clock) {
        this.keySource = key;
        this.settings = settings;
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * A token for one user: sub = user id, upn = e-mail, name = full name (what other services show, for
     * example as a review's author, without asking the user service), groups = roles.
     */
    public SignedToken sign(String subject, String email, String fullName, Collection<String> groups) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.lifetime());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(settings.issuer());
        // A one-element array, not a bare string (RFC 7519 allows both): Liberty's MP-JWT reads aud as a list and,
        // for a string, throws and catches two exceptions on every request that carries the token (issue #16).
        claims.setStringListClaim(ReservedClaimNames.AUDIENCE, List.of(settings.audience()));
        claims.setSubject(subject);
        claims.setClaim("upn", email);
        claims.setClaim("name", fullName);
        claims.setStringListClaim("groups", List.copyOf(groups));
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new SignedToken(jws.getCompactSerialization(), expiresAt, settings.lifetime());
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }

    private PrivateKey key() {
        PrivateKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = keySource.get();
                }
                loaded = key;
            }
        }
        return loaded;
    }
}
