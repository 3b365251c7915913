package com.cinema.movie.api;

import com.cinema.movie.domain.ReviewReport;
import com.cinema.movie.domain.ReviewReportReason;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** The GraphQL {@code ReviewReport} type: one open report of a review, for staff. */
@Type("ReviewReport")
public class ReviewReportView {

    @NonNull
    public ReviewReportReason reason;
    public String note;
    @Id
    @NonNull
    public String reporterId;
    @NonNull
    public OffsetDateTime reportedAt;

    static ReviewReportView of(ReviewReport report) {
        ReviewReportView view = new ReviewReportView();
        view.reason = report.getReason();
        view.note = report.getNote();
        view.reporterId = String.valueOf(report.getUserId());
        view.reportedAt = ReviewView.utc(report.getUpdatedAt());
        return view;
    }
}
