package com.cinema.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token as stored: only its digest. A family is one sign-in and every token rotated from it;
 * each token may be used once, and using one twice means it leaked, so the whole family is revoked.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    /** What presenting this token now means. */
    public enum State {
        /** May be exchanged once for a new token of the same family. */
        ACTIVE,
        /** Was already exchanged: presenting it again is a replay. */
        USED,
        REVOKED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, length = 128)
    private String tokenHash;

    @Column(name = "family_id", nullable = false, length = 36)
    private String familyId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RefreshToken() {
        // for JPA
    }

    private RefreshToken(long userId, String tokenHash, String familyId, Instant now, Duration lifetime) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.familyId = familyId;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** The first token of a new sign-in. */
    public static RefreshToken startFamily(long userId, String tokenHash, Instant now, Duration lifetime) {
        return new RefreshToken(userId, tokenHash, UUID.randomUUID().toString(), now, lifetime);
    }

    /** Exchanges this token for the next one of its family; only an active token can be exchanged. */
    public RefreshToken rotate(String nextTokenHash, Instant now, Duration lifetime) {
        if (state(now) != State.ACTIVE) {
            throw new IllegalStateException("a " + state(now) + " refresh token cannot be rotated");
        }
        usedAt = now;
        return new RefreshToken(userId, nextTokenHash, familyId, now, lifetime);
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getFamilyId() {
        return familyId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
