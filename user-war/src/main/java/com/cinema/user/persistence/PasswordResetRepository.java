package com.cinema.user.persistence;

import com.cinema.user.domain.PasswordReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Optional;

/** Reads and writes password-reset links (by digest only) in user_db. */
@ApplicationScoped
public class PasswordResetRepository {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    public void add(PasswordReset reset) {
        em.persist(reset);
        em.flush();
    }

    public Optional<PasswordReset> find(String tokenHash) {
        return byHash(tokenHash).getResultStream().findFirst();
    }

    /** The link with this digest, locked until the transaction ends: of two resets with one link, one wins. */
    public Optional<PasswordReset> findForUpdate(String tokenHash) {
        return byHash(tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<PasswordReset> byHash(String tokenHash) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", tokenHash);
    }

    /** Retires every link of the account not used yet; returns how many. */
    public int retireOpenOf(long userId, Instant now) {
        return em.createQuery("update PasswordReset r set r.usedAt = :now, r.version = r.version + 1"
                        + " where r.userId = :user and r.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** How many links the account was sent since {@code from}. */
    public long sentSince(long userId, Instant from) {
        return em.createQuery("select count(r) from PasswordReset r where r.userId = :user and r.createdAt >= :from",
                        Long.class)
                .setParameter("user", userId)
                .setParameter("from", from)
                .getSingleResult();
    }

    /** Links created before {@code cutoff}: expired, and no longer counted against the account's limit. */
    public int deleteCreatedBefore(long userId, Instant cutoff) {
        return em.createQuery("delete from PasswordReset r where r.userId = :user and r.createdAt < :cutoff")
                .setParameter("user", userId)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** Every link of the account, used or not (it was closed: nothing of it is kept). */
    public int deleteAllOf(long userId) {
        return em.createQuery("delete from PasswordReset r where r.userId = :user")
                .setParameter("user", userId)
                .executeUpdate();
    }
}
