package com.cinema.movie.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.movie.persistence.MovieRepository;
import com.cinema.movie.persistence.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reviews and the movie's review aggregates. Writing a review locks the movie's row first, so reviews of one
 * movie are written one at a time: a user's double submit finds the first review and updates it, and the
 * count and average, recomputed from the rows in the same transaction, are always exact.
 */
@ApplicationScoped
@Transactional
public class MovieReviews {

    @Inject
    MovieRepository movies;

    @Inject
    ReviewRepository reviews;

    /** A page of a movie's reviews and their number. */
    public record Results(List<Review> reviews, long total) {
    }

    /** The review as written, or empty when the movie does not exist. Input must already be checked. */
    public Optional<Review> write(long movieId, long userId, String authorName, int rating, String comment) {
        if (movies.lock(movieId).isEmpty()) {
            return Optional.empty();
        }
        Review review = reviews.find(movieId, userId).orElse(null);
        if (review == null) {
            review = new Review(movieId, userId, authorName, rating, comment);
            reviews.add(review);
        } else {
            review.change(authorName, rating, comment);
        }
        reviews.flush();
        // The answer shows the timestamps as stored (the column keeps milliseconds, rounded).
        reviews.refresh(review);
        ReviewRepository.Stats stats = reviews.stats(movieId);
        movies.setReviewStats(movieId, (int) stats.count(), ReviewRules.average(stats.sum(), stats.count()));
        return Optional.of(review);
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

    public Results page(long movieId, PageRequest page) {
        return new Results(reviews.page(movieId, page), reviews.count(movieId));
    }
}
