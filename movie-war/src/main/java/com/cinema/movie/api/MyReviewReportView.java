package com.cinema.movie.api;

import com.cinema.movie.domain.ReviewReport;
import com.cinema.movie.domain.ReviewReportReason;
import com.cinema.movie.domain.ReviewReportStatus;
import com.cinema.movie.persistence.ReviewRepository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** The GraphQL {@code MyReviewReport} type: one of the caller's reports and what staff made of it. */
@Type("MyReviewReport")
public class MyReviewReportView {

    @Id
    @NonNull
    public String reviewId;
    @Id
    @NonNull
    public String movieId;
    @NonNull
    public ReviewReportReason reason;
    public String note;
    @NonNull
    @Description("OPEN while staff have not decided; DISMISSED when they kept the review; UPHELD when they removed it")
    public ReviewReportStatus status;
    @NonNull
    public OffsetDateTime reportedAt;
    @Description("When staff decided; null while OPEN")
    public OffsetDateTime resolvedAt;

    static MyReviewReportView of(ReviewRepository.ReporterCopy copy) {
        ReviewReport report = copy.report();
        MyReviewReportView view = new MyReviewReportView();
        view.reviewId = String.valueOf(report.getReviewId());
        view.movieId = String.valueOf(copy.movieId());
        view.reason = report.getReason();
        view.note = report.getNote();
        view.status = report.getStatus();
        view.reportedAt = ReviewView.utc(report.getUpdatedAt());
        view.resolvedAt = ReviewView.utc(report.getResolvedAt());
        return view;
    }
}
