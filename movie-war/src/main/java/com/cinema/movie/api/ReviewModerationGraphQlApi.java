package com.cinema.movie.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.input.Ids;
import com.cinema.common.paging.PageRequest;
import com.cinema.common.security.Caller;
import com.cinema.movie.domain.MovieReviews;
import com.cinema.movie.domain.ReviewReportReason;
import com.cinema.movie.domain.ReviewRules;
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

import java.util.List;

/**
 * Reports and moderation of reviews (ADR 0024): anyone signed in reports another person's review, staff remove it
 * (with a reason its author is shown) or keep it, and an author deletes their own review.
 */
@GraphQLApi
@ApplicationScoped
public class ReviewModerationGraphQlApi {

    @Inject
    MovieReviews reviews;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Mutation("reportReview")
    @Description("Reports another person's published review to staff, with a reason (a note is required for OTHER, at "
            + "most 500 characters). A second report by the same person while open replaces the first; once staff kept "
            + "the review, it can be reported again only after it was edited (CONFLICT). CONFLICT for one's own review "
            + "or a removed one")
    @RolesAllowed({"USER", "ADMIN"})
    public ReviewReportReceiptView reportReview(@Name("reviewId") @Id @NonNull String reviewId,
                                                @Name("reason") @NonNull ReviewReportReason reason,
                                                @Name("note") String note) {
        long id = Ids.parse("reviewId", reviewId);
        String checkedNote = ReviewRules.reportNote(reason, note);
        return ReviewReportReceiptView.of(reviews.report(id, caller.id(), reason, checkedNote));
    }

    @Query("myReviewReports")
    @Description("Every review the caller reported and what became of it (OPEN, DISMISSED: kept, UPHELD: removed), newest "
            + "first; a review its author deleted leaves with its reports")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull MyReviewReportView> myReviewReports() {
        return reviews.reportsBy(caller.id()).stream().map(MyReviewReportView::of).toList();
    }

    @Mutation("deleteMyReview")
    @Description("Deletes the caller's own review (published or removed by staff) with its reports, so that they may "
            + "write a new one; returns it as it was. NOT_FOUND for anyone else's")
    @RolesAllowed({"USER", "ADMIN"})
    public ReviewView deleteMyReview(@Name("reviewId") @Id @NonNull String reviewId) {
        long id = Ids.parse("reviewId", reviewId);
        return ReviewView.of(reviews.deleteOwn(id, caller.id()));
    }

    @Mutation("removeReview")
    @Description("Staff only: hides a published review from everyone but its author, who is shown the reason (required, "
            + "at most 500 characters); its open reports are upheld and the movie's average and count leave it out. "
            + "CONFLICT when already removed")
    @RolesAllowed("ADMIN")
    public ReviewView removeReview(@Name("reviewId") @Id @NonNull String reviewId, @Name("reason") @NonNull String reason) {
        long id = Ids.parse("reviewId", reviewId);
        String checkedReason = ReviewRules.removalReason(reason);
        return audit.record("review.remove", "review/" + id,
                () -> ReviewView.of(reviews.remove(id, checkedReason, caller.id())));
    }

    @Mutation("dismissReviewReports")
    @Description("Staff only: keeps the review and closes its open reports; returns how many were closed (0 when none: "
            + "safe to repeat)")
    @RolesAllowed("ADMIN")
    public int dismissReviewReports(@Name("reviewId") @Id @NonNull String reviewId) {
        long id = Ids.parse("reviewId", reviewId);
        return audit.record("review.keep", "review/" + id, () -> reviews.keep(id));
    }

    @Query("reportedReviews")
    @Description("Staff only: published reviews with open reports, most reports first, then the longest waiting; page is "
            + "zero-based, size defaults to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull ReportedReviewPage reportedReviews(@Name("page") Integer page, @Name("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        MovieReviews.ReportedResults results = reviews.reported(request);
        return ReportedReviewPage.of(results.items().stream().map(ReportedReviewView::of).toList(), results.total(),
                request.page(), request.size());
    }
}
