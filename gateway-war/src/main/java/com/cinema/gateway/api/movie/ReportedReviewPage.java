package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One page of staff's queue of reported reviews, with how many reviews wait in all. */
public class ReportedReviewPage {

    @NonNull
    public List<@NonNull ReportedReview> items;
    public int total;
    public int page;
    public int size;
}
