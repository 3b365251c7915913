package com.cinema.booking.client;

import java.util.List;

/** A page of {@link MovieRef}s as the movie service's {@code movies} query returns it. */
public class MovieRefPage {
    public List<MovieRef> items;
    public int total;
}
