package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One page of a movie's reviews, newest first. */
public class ReviewPage {

    @NonNull
    public List<@NonNull Review> items;
    public int total;
    public int page;
    public int size;
}
