package com.cinema.user.persistence;

import com.cinema.user.domain.LoginAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The append-only log of sign-in attempts in user_db. */
@ApplicationScoped
public class LoginAttemptRepository {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    public void add(LoginAttempt attempt) {
        em.persist(attempt);
    }

    /** Attempts of one client address for one normalised e-mail since the given time. */
    public List<LoginAttempt> since(String clientAddress, String normalisedEmail, Instant from) {
        return em.createQuery("select a from LoginAttempt a where a.email = :email and a.clientAddress = :address"
                        + " and a.attemptedAt > :from", LoginAttempt.class)
                .setParameter("email", normalisedEmail)
                .setParameter("address", clientAddress)
                .setParameter("from", from)
                .getResultList();
    }

    /** Failed attempts of one client address, whatever the account, since the given time. */
    public List<LoginAttempt> failuresSince(String clientAddress, Instant from) {
        return em.createQuery("select a from LoginAttempt a where a.clientAddress = :address"
                        + " and a.succeeded = false and a.attemptedAt > :from", LoginAttempt.class)
                .setParameter("address", clientAddress)
                .setParameter("from", from)
                .getResultList();
    }

    /** Forgets the failed sign-ins to one account, from any address (its password has just been reset). */
    public int deleteFailuresOf(String normalisedEmail) {
        return em.createQuery("delete from LoginAttempt a where a.email = :email and a.succeeded = false")
                .setParameter("email", normalisedEmail)
                .executeUpdate();
    }

    /** Every attempt, failed or not, to sign in with this normalised address: the rows hold the address. */
    public int deleteAllOf(String normalisedEmail) {
        return em.createQuery("delete from LoginAttempt a where a.email = :email")
                .setParameter("email", normalisedEmail)
                .executeUpdate();
    }

    public int deleteBefore(Instant cutoff) {
        return em.createQuery("delete from LoginAttempt a where a.attemptedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
