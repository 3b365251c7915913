package com.cinema.movie.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of movies with the total number of matches. */
@Type("MoviePage")
public class MoviePage {

    @NonNull
    public List<@NonNull MovieView> items;
    public int total;
    public int page;
    public int size;

    static MoviePage of(List<MovieView> items, long total, int page, int size) {
        MoviePage result = new MoviePage();
        result.items = items;
        result.total = (int) Math.min(total, Integer.MAX_VALUE);
        result.page = page;
        result.size = size;
        return result;
    }
}
