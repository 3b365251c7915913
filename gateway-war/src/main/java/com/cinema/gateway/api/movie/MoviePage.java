package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One page of movies with the total number of matches. */
public class MoviePage {

    @NonNull
    public List<@NonNull Movie> items;
    public int total;
    public int page;
    public int size;
}
