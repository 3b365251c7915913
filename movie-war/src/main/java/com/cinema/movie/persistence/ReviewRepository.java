package com.cinema.movie.persistence;

import com.cinema.common.paging.PageRequest;
import com.cinema.movie.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reads and writes reviews in movie_db. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "movie")
    EntityManager em;

    /** Count and sum of a movie's ratings, straight from the rows. */
    public record Stats(long count, long sum) {
    }

    public Optional<Review> find(long movieId, long userId) {
        return em.createQuery("select r from Review r where r.movieId = :movie and r.userId = :user", Review.class)
                .setParameter("movie", movieId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    public void add(Review review) {
        em.persist(review);
    }

    /** Writes pending changes now, so that the aggregate queries and timestamps see them. */
    public void flush() {
        em.flush();
    }

    /** Reads the row back, e.g. the timestamps as the database rounded them. */
    public void refresh(Review review) {
        em.refresh(review);
    }

    public Stats stats(long movieId) {
        Object[] row = em.createQuery("select count(r), coalesce(sum(r.rating), 0) from Review r where r.movieId = :movie",
                        Object[].class)
                .setParameter("movie", movieId)
                .getSingleResult();
        return new Stats(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * Newest first by when each review was first written; the id breaks ties, so the order is exact even where the
     * database keeps whole seconds only (MariaDB behind MySQL Connector/J). Editing a review keeps its place.
     */
    public List<Review> page(long movieId, PageRequest page) {
        return em.createQuery("select r from Review r where r.movieId = :movie order by r.createdAt desc, r.id desc",
                        Review.class)
                .setParameter("movie", movieId)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** Every review one user wrote, newest first (by first writing); the index on user_id (V3) serves it. */
    public List<Review> byAuthor(long userId) {
        return em.createQuery("select r from Review r where r.userId = :user order by r.createdAt desc, r.id desc",
                        Review.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public long count(long movieId) {
        return em.createQuery("select count(r) from Review r where r.movieId = :movie", Long.class)
                .setParameter("movie", movieId)
                .getSingleResult();
    }

    /**
     * Every review of the user whose author name is not {@code authorName} yet gets it (and a new version, so an edit
     * read before this one fails rather than writing the old name back); returns how many changed. updated_at stays:
     * the review itself did not change.
     */
    public int renameAuthor(long userId, String authorName) {
        return em.createNativeQuery("UPDATE movie_review SET author_name = ?, version = version + 1 "
                        + "WHERE user_id = ? AND author_name <> ?")
                .setParameter(1, authorName)
                .setParameter(2, userId)
                .setParameter(3, authorName)
                .executeUpdate();
    }

    public int removeAll(long movieId) {
        return em.createQuery("delete from Review r where r.movieId = :movie")
                .setParameter("movie", movieId)
                .executeUpdate();
    }
}
