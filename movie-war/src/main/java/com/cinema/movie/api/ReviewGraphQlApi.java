package com.cinema.movie.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.security.Caller;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.input.Ids;
import com.cinema.common.paging.PageRequest;
import com.cinema.movie.domain.MovieReviews;
import com.cinema.movie.domain.Review;
import com.cinema.movie.domain.ReviewRemovalNotice;
import com.cinema.movie.domain.ReviewRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;

/** Reviews: anyone reads them, a signed-in user writes one per movie (a second one updates the first). */
@GraphQLApi
@ApplicationScoped
public class ReviewGraphQlApi {

    @Inject
    MovieReviews reviews;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "cinema.movie.review.comment-max-length", defaultValue = "2000")
    int commentMaxLength;

    @Mutation("addReview")
    @Description("Rates a movie from 1 to 5 with an optional comment; a second review by the same user updates the first")
    @RolesAllowed({"USER", "ADMIN"})
    public ReviewView addReview(@Name("movieId") @Id @NonNull String movieId,
                                @Name("rating") @NonNull Integer rating,
                                @Name("comment") String comment) {
        long id = Ids.parse("movieId", movieId);
        int checkedRating = ReviewRules.rating(rating);
        String checkedComment = ReviewRules.comment(comment, commentMaxLength);
        long userId = caller.id();
        String author = ReviewRules.authorName(caller.fullName());
        return reviews.write(id, userId, author, checkedRating, checkedComment).map(ReviewView::of)
                .orElseThrow(() -> new NotFoundException("Movie", movieId));
    }

    @Mutation("anonymiseMyReviews")
    @Description("Shows every review the caller wrote as by \"Former customer\" from now on, a step of closing their "
            + "account; ratings and comments stay, so no average changes. Returns the reviews changed: 0 when there was "
            + "nothing left to change (safe to repeat)")
    @RolesAllowed("USER")
    public int anonymiseMyReviews() {
        long user = caller.id();
        return audit.record("account.reviews.anonymise", "user/" + user, () -> reviews.anonymise(user));
    }

    @Query("myReviews")
    @Description("Every review the caller wrote, newest first (by first writing), one per movie at most")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull ReviewView> myReviews() {
        long user = caller.id();
        // Reviews first: a removal queues its notice in the same transaction, so every removed review read here
        // finds its notice in the second read.
        List<Review> own = reviews.byAuthor(user);
        Map<Long, ReviewRemovalNotice> removalEmails = reviews.removalNoticesOf(user);
        return own.stream().map(review -> ReviewView.ofOwn(review, removalEmails.get(review.getId()))).toList();
    }

    @Query("movieReviews")
    @Description("A movie's reviews, newest first (by first writing); page is zero-based, size defaults to 20 and is capped at 100")
    public @NonNull ReviewPage movieReviews(@Name("movieId") @Id @NonNull String movieId,
                                            @Name("page") Integer page, @Name("size") Integer size) {
        return page(Ids.parse("movieId", movieId), page, size);
    }

    @Description("The movie's reviews, newest first (by first writing); page is zero-based, size defaults to 20 and is capped at 100")
    public @NonNull ReviewPage reviews(@Source MovieView movie, @Name("page") Integer page, @Name("size") Integer size) {
        return page(Long.parseLong(movie.id), page, size);
    }

    private ReviewPage page(long movieId, Integer page, Integer size) {
        PageRequest request = PageRequest.of(page, size);
        MovieReviews.Results results = reviews.page(movieId, request);
        return ReviewPage.of(results.reviews().stream().map(ReviewView::of).toList(), results.total(),
                request.page(), request.size());
    }
}
