package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** What a reporter is told their report of a review says. Fields match the movie service's. */
public class ReviewReportReceipt {

    @Id
    @NonNull
    public String reviewId;
    @NonNull
    public ReviewReportReason reason;
    @NonNull
    public OffsetDateTime reportedAt;
}
