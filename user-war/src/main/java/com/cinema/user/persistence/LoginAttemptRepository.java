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

    /** Attempts for one normalised e-mail since the given time. */
    public List<LoginAttempt> since(String normalisedEmail, Instant from) {
        return em.createQuery("select a from LoginAttempt a where a.email = :email and a.attemptedAt > :from",
                        LoginAttempt.class)
                .setParameter("email", normalisedEmail)
                .setParameter("from", from)
                .getResultList();
    }

    public int deleteBefore(Instant cutoff) {
        return em.createQuery("delete from LoginAttempt a where a.attemptedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
