package com.cinema.movie.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of staff's queue of reported reviews, with how many reviews wait in all. */
@Type("ReportedReviewPage")
public class ReportedReviewPage {

    @NonNull
    public List<@NonNull ReportedReviewView> items;
    public int total;
    public int page;
    public int size;

    static ReportedReviewPage of(List<ReportedReviewView> items, long total, int page, int size) {
        ReportedReviewPage result = new ReportedReviewPage();
        result.items = items;
        result.total = (int) Math.min(total, Integer.MAX_VALUE);
        result.page = page;
        result.size = size;
        return result;
    }
}
