package com.cinema.movie.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of a movie's reviews, newest first, with the total number of reviews. */
@Type("ReviewPage")
public class ReviewPage {

    @NonNull
    public List<@NonNull ReviewView> items;
    public int total;
    public int page;
    public int size;

    static ReviewPage of(List<ReviewView> items, long total, int page, int size) {
        ReviewPage result = new ReviewPage();
        result.items = items;
        result.total = (int) Math.min(total, Integer.MAX_VALUE);
        result.page = page;
        result.size = size;
        return result;
    }
}
