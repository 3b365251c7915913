package com.cinema.user.persistence;

import com.cinema.common.paging.PageRequest;
import com.cinema.user.domain.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and writes users in user_db. */
@ApplicationScoped
public class UserRepository {

    private static final String MATCHING = " where u.emailNormalized like :text escape '\\' "
            + "or lower(u.fullName) like :text escape '\\'";

    @PersistenceContext(unitName = "user")
    EntityManager em;

    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** The users with these ids, in no particular order; unknown ids are simply missing. */
    public List<User> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where u.id in :ids", User.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The account of an address; {@code normalisedEmail} comes from {@code EmailAddress.normalise}. */
    public Optional<User> findByEmail(String normalisedEmail) {
        return byEmail(normalisedEmail).getResultStream().findFirst();
    }

    /** Like {@link #findByEmail}, the row locked until the transaction ends (one account's changes in turn). */
    public Optional<User> findByEmailForUpdate(String normalisedEmail) {
        return byEmail(normalisedEmail).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<User> byEmail(String normalisedEmail) {
        return em.createQuery("select u from User u where u.emailNormalized = :email", User.class)
                .setParameter("email", normalisedEmail);
    }

    /** Inserts at once, so that a duplicate e-mail fails here rather than at commit. */
    public void add(User user) {
        em.persist(user);
        em.flush();
    }

    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    /** One page of users whose e-mail or name contains the text (any case), ordered by e-mail. */
    public List<User> search(String text, PageRequest page) {
        TypedQuery<User> query = em.createQuery(
                "select u from User u" + where(text) + " order by u.emailNormalized, u.id", User.class);
        bind(query, text);
        return query.setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countMatching(String text) {
        TypedQuery<Long> query = em.createQuery("select count(u) from User u" + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    private static String where(String text) {
        return isBlank(text) ? "" : MATCHING;
    }

    private static void bind(TypedQuery<?> query, String text) {
        if (!isBlank(text)) {
            query.setParameter("text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** An admin typing "a_b" looks for a literal underscore, not a wildcard. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
