package com.cinema.movie.api;

import com.cinema.movie.domain.MovieReviews;
import com.cinema.movie.domain.ReviewReportReason;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** The GraphQL {@code ReviewReportReceipt} type: what the reporter is told their report says. */
@Type("ReviewReportReceipt")
public class ReviewReportReceiptView {

    @Id
    @NonNull
    public String reviewId;
    @NonNull
    public ReviewReportReason reason;
    @NonNull
    public OffsetDateTime reportedAt;

    static ReviewReportReceiptView of(MovieReviews.ReportReceipt receipt) {
        ReviewReportReceiptView view = new ReviewReportReceiptView();
        view.reviewId = String.valueOf(receipt.reviewId());
        view.reason = receipt.reason();
        view.reportedAt = ReviewView.utc(receipt.reportedAt());
        return view;
    }
}
