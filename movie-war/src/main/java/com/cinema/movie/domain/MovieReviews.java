package com.cinema.movie.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.paging.PageRequest;
import com.cinema.movie.persistence.MovieRepository;
import com.cinema.movie.persistence.RemovalNoticeRepository;
import com.cinema.movie.persistence.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reviews, their reports and moderation, and the movie's review aggregates. Every change to a review or its reports
 * locks the movie's row first, so the reviews of one movie change one at a time: a user's double submit finds the
 * first review (or report) and updates it, staff removing a review and its author editing it cannot interleave, and
 * the count and average, recomputed from the published rows in the same transaction, are always exact.
 */
@ApplicationScoped
@Transactional
public class MovieReviews {

    @Inject
    MovieRepository movies;

    @Inject
    ReviewRepository reviews;

    @Inject
    RemovalNoticeRepository removalNotices;

    private final Clock clock = Clock.systemUTC();

    /** A page of a movie's reviews and their number. */
    public record Results(List<Review> reviews, long total) {
    }

    /** The review as written, or empty when the movie does not exist. Input must already be checked. */
    public Optional<Review> write(long movieId, long userId, String authorName, int rating, String comment) {
        if (movies.lock(movieId).isEmpty()) {
            return Optional.empty();
        }
        Review review = reviews.find(movieId, userId).orElse(null);
        if (review != null && !review.isPublished()) {
            throw new ConflictException("Your review of this movie was removed by our staff: " + review.getRemovalReason()
                    + ". Delete it to write a new one.");
        }
        if (review == null) {
            review = new Review(movieId, userId, authorName, rating, comment);
            reviews.add(review);
        } else {
            review.change(authorName, rating, comment);
        }
        recount(movieId);
        // The answer shows the timestamps as stored (the column keeps milliseconds, rounded).
        reviews.refresh(review);
        return Optional.of(review);
    }

    /** What a reporter is told their report of a review says: the reason as it stands and when it was made. */
    public record ReportReceipt(long reviewId, ReviewReportReason reason, Instant reportedAt) {
    }

    /**
     * Someone reports another person's published review. Their second report while the first is open replaces its
     * reason and note; once staff kept the review, the same person may report it again only after it was edited.
     * Input must already be checked.
     */
    public ReportReceipt report(long reviewId, long reporterId, ReviewReportReason reason, String note) {
        Review review = lockedReview(reviewId);
        if (review.getUserId() == reporterId) {
            throw new ConflictException("You cannot report your own review: change or delete it instead");
        }
        if (!review.isPublished()) {
            throw new ConflictException("Our staff have already removed this review");
        }
        ReviewReport report = reviews.report(reviewId, reporterId).orElse(null);
        if (report == null) {
            report = new ReviewReport(reviewId, reporterId, reason, note);
            reviews.addReport(report);
        } else {
            // An edit in the same instant as staff's decision counts as after it: where the database keeps whole
            // seconds, one extra report is better than refusing a report of an edit nobody has looked at.
            boolean keptSinceLastEdit = report.getStatus() == ReviewReportStatus.DISMISSED
                    && review.getUpdatedAt().isBefore(report.getResolvedAt());
            if (keptSinceLastEdit) {
                throw new ConflictException("You reported this review before and our staff kept it. You can report it "
                        + "again once its author changes it");
            }
            report.reopen(reason, note);
        }
        reviews.flush();
        reviews.refresh(report);
        return new ReportReceipt(reviewId, report.getReason(), report.getUpdatedAt());
    }

    /** The author deletes their own review, published or removed, with its reports; returns it as it was. */
    public Review deleteOwn(long reviewId, long authorId) {
        Review review = lockedReview(reviewId);
        if (review.getUserId() != authorId) {
            throw new NotFoundException("Review", reviewId);
        }
        reviews.delete(review);
        recount(review.getMovieId());
        return review;
    }

    /**
     * Staff take a published review down with a reason its author is shown; its open reports are upheld, and the
     * movie's count and average leave it out from now on. The e-mail telling its author why is queued in the same
     * transaction (ADR 0028), so no removal is without it.
     */
    public Review remove(long reviewId, String reason, long staffId) {
        Review review = lockedReview(reviewId);
        if (!review.isPublished()) {
            throw new ConflictException("This review was already removed: " + review.getRemovalReason());
        }
        Instant now = clock.instant();
        review.remove(reason, staffId, now);
        removalNotices.add(new ReviewRemovalNotice(review, now));
        reviews.closeOpenReports(reviewId, ReviewReportStatus.UPHELD, now);
        recount(review.getMovieId());
        reviews.refresh(review);
        return review;
    }

    /** Staff keep the review: its open reports are closed. Returns how many (0 on a repeat). */
    public int keep(long reviewId) {
        lockedReview(reviewId);
        return reviews.closeOpenReports(reviewId, ReviewReportStatus.DISMISSED, clock.instant());
    }

    /** A review with open reports, for staff: the review, how many, when, and the reports themselves (newest first). */
    public record Reported(Review review, long openReports, Instant firstReportedAt, Instant lastReportedAt,
                           List<ReviewReport> reports) {
    }

    public record ReportedResults(List<Reported> items, long total) {
    }

    /** Published reviews with open reports, most reports first, then the longest waiting. */
    public ReportedResults reported(PageRequest page) {
        List<ReviewRepository.ReportedSummary> summaries = reviews.reported(page);
        List<Long> ids = summaries.stream().map(ReviewRepository.ReportedSummary::reviewId).toList();
        Map<Long, Review> byId = reviews.byIds(ids).stream().collect(Collectors.toMap(Review::getId, Function.identity()));
        Map<Long, List<ReviewReport>> reportsByReview = reviews.openReports(ids).stream()
                .collect(Collectors.groupingBy(ReviewReport::getReviewId));
        List<Reported> items = summaries.stream()
                .filter(summary -> byId.containsKey(summary.reviewId()))
                .map(summary -> new Reported(byId.get(summary.reviewId()), summary.openReports(),
                        summary.firstReportedAt(), summary.lastReportedAt(),
                        reportsByReview.getOrDefault(summary.reviewId(), List.of())))
                .toList();
        return new ReportedResults(items, reviews.reportedCount());
    }

    /**
     * Every report the person made and what became of it (open, kept or removed), newest first: the outcome a
     * reporter is owed, and part of their data. A review deleted by its author takes its reports with it.
     */
    public List<ReviewRepository.ReporterCopy> reportsBy(long userId) {
        return reviews.reportsBy(userId);
    }

    /** The review with its movie's row locked, read after the lock so that it is current; NOT_FOUND without it. */
    private Review lockedReview(long reviewId) {
        return reviews.movieOf(reviewId).flatMap(movieId -> {
            movies.lock(movieId);
            return reviews.byId(reviewId);
        }).orElseThrow(() -> new NotFoundException("Review", reviewId));
    }

    /** The movie's count and average again, from its published reviews as they now are. */
    private void recount(long movieId) {
        reviews.flush();
        ReviewRepository.Stats stats = reviews.stats(movieId);
        movies.setReviewStats(movieId, (int) stats.count(), ReviewRules.average(stats.sum(), stats.count()));
    }

    /**
     * A customer closing their account: every review they wrote shows {@link ReviewRules#FORMER_CUSTOMER} as its author
     * from now on; ratings and comments stay, so no movie's count or average changes (nothing to recompute, no movie
     * locked). Returns the reviews changed: 0 on a repeat.
     */
    public int anonymise(long userId) {
        return reviews.renameAuthor(userId, ReviewRules.FORMER_CUSTOMER);
    }

    /**
     * Every review the user wrote, newest first: their own copy of what they said (a customer's data export). A
     * customer writes at most one review per movie, so the list is bounded by the catalogue.
     */
    public List<Review> byAuthor(long userId) {
        return reviews.byAuthor(userId);
    }

    /** The e-mails that told {@code userId} of their reviews' removal, by review id. */
    public Map<Long, ReviewRemovalNotice> removalNoticesOf(long userId) {
        return removalNotices.ofAuthor(userId).stream()
                .collect(Collectors.toMap(ReviewRemovalNotice::getReviewId, Function.identity()));
    }

    public Results page(long movieId, PageRequest page) {
        return new Results(reviews.page(movieId, page), reviews.count(movieId));
    }
}
