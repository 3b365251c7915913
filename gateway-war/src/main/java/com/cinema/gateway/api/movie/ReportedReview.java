package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** A published review with open reports, in staff's queue. Fields match the movie service's. */
public class ReportedReview {

    @NonNull
    public Review review;
    public int openReports;
    @NonNull
    public OffsetDateTime firstReportedAt;
    @NonNull
    public OffsetDateTime lastReportedAt;
    @NonNull
    @Description("The open reports, newest first")
    public List<@NonNull ReviewReport> reports;
}
