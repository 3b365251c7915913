package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** One of the signed-in customer's reports of a review and what staff made of it. Fields match the movie service's. */
public class MyReviewReport {

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
}
