package com.cinema.movie.api;

import com.cinema.movie.domain.Review;
import com.cinema.movie.domain.ReviewRemovalNotice;
import com.cinema.movie.domain.ReviewStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;

/** The GraphQL {@code Review} type. */
@Type("Review")
public class ReviewView {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String movieId;
    @Id
    @NonNull
    public String userId;
    @NonNull
    public String authorName;
    public int rating;
    public String comment;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    @NonNull
    @Description("PUBLISHED, or REMOVED by staff: public lists hold published reviews only; its author sees a removed one")
    public ReviewStatus status;
    @Description("Why staff removed the review (shown to its author); null unless REMOVED")
    public String removalReason;
    @Description("When staff removed the review; null unless REMOVED")
    public OffsetDateTime removedAt;
    @Description("The e-mail that told its author of the removal; answered in myReviews only, null elsewhere and "
            + "unless REMOVED")
    public ReviewRemovalEmailView removalEmail;

    static ReviewView of(Review review) {
        ReviewView view = new ReviewView();
        view.id = String.valueOf(review.getId());
        view.movieId = String.valueOf(review.getMovieId());
        view.userId = String.valueOf(review.getUserId());
        view.authorName = review.getAuthorName();
        view.rating = review.getRating();
        view.comment = review.getComment();
        view.createdAt = utc(review.getCreatedAt());
        view.updatedAt = utc(review.getUpdatedAt());
        view.status = review.getStatus();
        view.removalReason = review.getRemovalReason();
        view.removedAt = utc(review.getRemovedAt());
        return view;
    }

    /** The review as its author sees it, with the e-mail about its removal when there is one. */
    static ReviewView ofOwn(Review review, ReviewRemovalNotice removalNotice) {
        ReviewView view = of(review);
        view.removalEmail = removalNotice == null ? null : ReviewRemovalEmailView.of(removalNotice);
        return view;
    }

    /** In UTC, to the millisecond (the review is read back after writing, so this matches the stored value). */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
