package com.cinema.user.persistence;

import com.cinema.user.domain.RefreshToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** Reads and writes refresh tokens (by digest only) in user_db. */
@ApplicationScoped
public class RefreshTokenRepository {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    public void add(RefreshToken token) {
        em.persist(token);
    }

    /**
     * The token with this digest, locked until the transaction ends: of two requests presenting one token,
     * the second waits and then sees it used, which is exactly a replay.
     */
    public Optional<RefreshToken> findForUpdate(String tokenHash) {
        return em.createQuery("select t from RefreshToken t where t.tokenHash = :hash", RefreshToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<RefreshToken> find(String tokenHash) {
        return em.createQuery("select t from RefreshToken t where t.tokenHash = :hash", RefreshToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    public int revokeFamily(String familyId, Instant now) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now, t.version = t.version + 1 "
                        + "where t.familyId = :family and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("family", familyId)
                .executeUpdate();
    }

    public int revokeAllOf(long userId, Instant now) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now, t.version = t.version + 1 "
                        + "where t.userId = :user and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** Expired tokens can neither be used nor replayed usefully: their rows only take space. */
    public int deleteExpired(long userId, Instant now) {
        return em.createQuery("delete from RefreshToken t where t.userId = :user and t.expiresAt < :now")
                .setParameter("user", userId)
                .setParameter("now", now)
                .executeUpdate();
    }
}
