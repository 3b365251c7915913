package com.cinema.gateway.api.movie;

import com.cinema.gateway.api.showtime.CatalogueReferences;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.CatalogueCache;
import com.cinema.gateway.client.MovieServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * Reviews through the gateway: {@code Movie.reviews} for everyone; {@code addReview}, {@code myReviews},
 * {@code deleteMyReview} and {@code reportReview} for signed-in users; the queue of reported reviews and their
 * moderation for staff (ADR 0024). The movie service checks every caller's role again.
 */
@GraphQLApi
@ApplicationScoped
public class MovieReviewsGraphQlApi {

    @Inject
    MovieServiceClient movieService;

    @Inject
    CatalogueCache catalogue;

    @Inject
    ReferenceLoader references;

    @Inject
    CatalogueReferences catalogueReferences;

    @Description("The movie's reviews, newest first; page is zero-based, size defaults to 20 and is capped at 100")
    public ReviewPage reviews(@Source Movie movie, @Name("page") Integer page, @Name("size") Integer size) {
        return movieService.reviews(movie.id, page, size);
    }

    @Query("myReviews")
    @Description("Every review the signed-in customer wrote, newest first (by first writing), one per movie at most")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull Review> myReviews() {
        List<Review> own = movieService.myReviews();
        own.forEach(review -> references.register(ReferenceLoader.MOVIE, review.movieId));
        return own;
    }

    @Description("The movie reviewed; loaded once per request for all reviews in the answer (null once the movie is deleted)")
    public Movie movie(@Source Review review) {
        return catalogueReferences.movie(review.movieId);
    }

    @Mutation("addReview")
    @Description("Rates a movie from 1 to 5 with an optional comment; a second review by the same user updates the first")
    @RolesAllowed({"USER", "ADMIN"})
    public Review addReview(@Name("movieId") @Id @NonNull String movieId, @Name("rating") @NonNull Integer rating,
                            @Name("comment") String comment) {
        try {
            return movieService.addReview(movieId, rating, comment);
        } finally {
            // The movie's average rating and review count change.
            catalogue.forgetMovies();
        }
    }

    @Mutation("deleteMyReview")
    @Description("Deletes the signed-in customer's own review (published or removed by staff) with its reports, so that "
            + "they may write a new one; returns it as it was. NOT_FOUND for anyone else's")
    @RolesAllowed({"USER", "ADMIN"})
    public Review deleteMyReview(@Name("reviewId") @Id @NonNull String reviewId) {
        try {
            return movieService.deleteMyReview(reviewId);
        } finally {
            catalogue.forgetMovies();
        }
    }

    @Mutation("reportReview")
    @Description("Reports another person's published review to staff, with a reason (a note is required for OTHER, at "
            + "most 500 characters). A second report by the same person while open replaces the first; once staff kept "
            + "the review, it can be reported again only after it was edited (CONFLICT). CONFLICT for one's own review "
            + "or a removed one")
    @RolesAllowed({"USER", "ADMIN"})
    public ReviewReportReceipt reportReview(@Name("reviewId") @Id @NonNull String reviewId,
                                            @Name("reason") @NonNull ReviewReportReason reason,
                                            @Name("note") String note) {
        return movieService.reportReview(reviewId, reason, note);
    }

    @Query("myReviewReports")
    @Description("Every review the signed-in customer reported and what became of it (OPEN, DISMISSED: kept, UPHELD: "
            + "removed), newest first, each with its movie; a review its author deleted leaves with its reports")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull MyReviewReport> myReviewReports() {
        List<MyReviewReport> own = movieService.myReviewReports();
        own.forEach(report -> references.register(ReferenceLoader.MOVIE, report.movieId));
        return own;
    }

    @Description("The movie of the review reported; loaded once per request for all of them (null once the movie is deleted)")
    @Name("movie")
    public Movie reportedMovie(@Source MyReviewReport report) {
        return catalogueReferences.movie(report.movieId);
    }

    @Query("reportedReviews")
    @Description("Staff only: published reviews with open reports, most reports first, then the longest waiting; page is "
            + "zero-based, size defaults to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public ReportedReviewPage reportedReviews(@Name("page") Integer page, @Name("size") Integer size) {
        ReportedReviewPage queue = movieService.reportedReviews(page, size);
        queue.items.forEach(item -> references.register(ReferenceLoader.MOVIE, item.review.movieId));
        return queue;
    }

    @Mutation("removeReview")
    @Description("Staff only: hides a published review from everyone but its author, who is shown the reason (required, "
            + "at most 500 characters); its open reports are upheld and the movie's average and count leave it out. "
            + "CONFLICT when already removed")
    @RolesAllowed("ADMIN")
    public Review removeReview(@Name("reviewId") @Id @NonNull String reviewId, @Name("reason") @NonNull String reason) {
        try {
            return movieService.removeReview(reviewId, reason);
        } finally {
            catalogue.forgetMovies();
        }
    }

    @Mutation("dismissReviewReports")
    @Description("Staff only: keeps the review and closes its open reports; returns how many were closed (0 when none: "
            + "safe to repeat)")
    @RolesAllowed("ADMIN")
    public int dismissReviewReports(@Name("reviewId") @Id @NonNull String reviewId) {
        return movieService.dismissReviewReports(reviewId);
    }
}
