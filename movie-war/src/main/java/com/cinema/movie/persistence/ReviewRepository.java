package com.cinema.movie.persistence;

import com.cinema.common.paging.PageRequest;
import com.cinema.movie.domain.Review;
import com.cinema.movie.domain.ReviewReport;
import com.cinema.movie.domain.ReviewReportStatus;
import com.cinema.movie.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes reviews and their reports in movie_db. Public reads (pages, counts, averages) see published reviews only. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "movie")
    EntityManager em;

    /** Count and sum of a movie's published ratings, straight from the rows. */
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

    /** Reads a review's or a report's row back, e.g. the timestamps as the database rounded them. */
    public void refresh(Object reviewOrReport) {
        em.refresh(reviewOrReport);
    }

    public Stats stats(long movieId) {
        Object[] row = em.createQuery("select count(r), coalesce(sum(r.rating), 0) from Review r "
                                + "where r.movieId = :movie and r.status = :published", Object[].class)
                .setParameter("movie", movieId)
                .setParameter("published", ReviewStatus.PUBLISHED)
                .getSingleResult();
        return new Stats(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * Newest first by when each review was first written; the id breaks ties, so the order is exact even where the
     * database keeps whole seconds only (MariaDB behind MySQL Connector/J). Editing a review keeps its place.
     */
    public List<Review> page(long movieId, PageRequest page) {
        return em.createQuery("select r from Review r where r.movieId = :movie and r.status = :published "
                                + "order by r.createdAt desc, r.id desc", Review.class)
                .setParameter("movie", movieId)
                .setParameter("published", ReviewStatus.PUBLISHED)
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
        return em.createQuery("select count(r) from Review r where r.movieId = :movie and r.status = :published",
                        Long.class)
                .setParameter("movie", movieId)
                .setParameter("published", ReviewStatus.PUBLISHED)
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

    /** The movie a review is of, without loading the review (which is read only once its movie is locked). */
    public Optional<Long> movieOf(long reviewId) {
        return em.createQuery("select r.movieId from Review r where r.id = :id", Long.class)
                .setParameter("id", reviewId)
                .getResultStream().findFirst();
    }

    public Optional<Review> byId(long reviewId) {
        return Optional.ofNullable(em.find(Review.class, reviewId));
    }

    /** Deletes the review; the database deletes its reports with it (V4's foreign key). */
    public void delete(Review review) {
        em.remove(review);
    }

    public Optional<ReviewReport> report(long reviewId, long userId) {
        return em.createQuery("select r from ReviewReport r where r.reviewId = :review and r.userId = :user",
                        ReviewReport.class)
                .setParameter("review", reviewId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    public void addReport(ReviewReport report) {
        em.persist(report);
    }

    /** Closes every open report of the review as {@code outcome}; returns how many there were. */
    public int closeOpenReports(long reviewId, ReviewReportStatus outcome, Instant at) {
        return em.createQuery("update ReviewReport r set r.status = :outcome, r.resolvedAt = :at, "
                        + "r.version = r.version + 1 where r.reviewId = :review and r.status = :open")
                .setParameter("outcome", outcome)
                .setParameter("at", at)
                .setParameter("review", reviewId)
                .setParameter("open", ReviewReportStatus.OPEN)
                .executeUpdate();
    }

    /** A review with open reports: how many, and when the first and the latest were made. */
    public record ReportedSummary(long reviewId, long openReports, Instant firstReportedAt, Instant lastReportedAt) {
    }

    /** Reviews with open reports, most reports first, then the longest waiting; served by V4's index on (status, review_id). */
    public List<ReportedSummary> reported(PageRequest page) {
        return em.createQuery("select new " + ReportedSummary.class.getName()
                                + "(r.reviewId, count(r), min(r.updatedAt), max(r.updatedAt)) from ReviewReport r "
                                + "where r.status = :open group by r.reviewId "
                                + "order by count(r) desc, min(r.updatedAt) asc, r.reviewId asc",
                        ReportedSummary.class)
                .setParameter("open", ReviewReportStatus.OPEN)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long reportedCount() {
        return em.createQuery("select count(distinct r.reviewId) from ReviewReport r where r.status = :open", Long.class)
                .setParameter("open", ReviewReportStatus.OPEN)
                .getSingleResult();
    }

    /** The open reports of these reviews, newest first. */
    public List<ReviewReport> openReports(List<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from ReviewReport r where r.reviewId in :reviews and r.status = :open "
                        + "order by r.updatedAt desc, r.id desc", ReviewReport.class)
                .setParameter("reviews", reviewIds)
                .setParameter("open", ReviewReportStatus.OPEN)
                .getResultList();
    }

    public List<Review> byIds(List<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Review r where r.id in :ids", Review.class)
                .setParameter("ids", reviewIds)
                .getResultList();
    }

    /** One of a person's reports with the movie of the review it is about. */
    public record ReporterCopy(ReviewReport report, long movieId) {
    }

    /** Every report one person made, newest first; the index on user_id (V5) serves it. */
    public List<ReporterCopy> reportsBy(long userId) {
        return em.createQuery("select rr, r.movieId from ReviewReport rr, Review r where rr.reviewId = r.id "
                        + "and rr.userId = :user order by rr.updatedAt desc, rr.id desc", Object[].class)
                .setParameter("user", userId)
                .getResultStream()
                .map(row -> new ReporterCopy((ReviewReport) row[0], (Long) row[1]))
                .toList();
    }
}
