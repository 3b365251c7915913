package com.cinema.movie.api;

import com.cinema.movie.domain.MovieReviews;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL {@code ReportedReview} type: a published review with open reports, in staff's queue. */
@Type("ReportedReview")
public class ReportedReviewView {

    @NonNull
    public ReviewView review;
    public int openReports;
    @NonNull
    public OffsetDateTime firstReportedAt;
    @NonNull
    public OffsetDateTime lastReportedAt;
    @NonNull
    @Description("The open reports, newest first")
    public List<@NonNull ReviewReportView> reports;

    static ReportedReviewView of(MovieReviews.Reported reported) {
        ReportedReviewView view = new ReportedReviewView();
        view.review = ReviewView.of(reported.review());
        view.openReports = (int) reported.openReports();
        view.firstReportedAt = ReviewView.utc(reported.firstReportedAt());
        view.lastReportedAt = ReviewView.utc(reported.lastReportedAt());
        view.reports = reported.reports().stream().map(ReviewReportView::of).toList();
        return view;
    }
}
