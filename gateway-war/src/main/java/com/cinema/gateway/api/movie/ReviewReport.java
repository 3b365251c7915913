package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** One open report of a review, for staff. Fields match the movie service's. */
public class ReviewReport {

    @NonNull
    public ReviewReportReason reason;
    public String note;
    @Id
    @NonNull
    public String reporterId;
    @NonNull
    public OffsetDateTime reportedAt;
}
