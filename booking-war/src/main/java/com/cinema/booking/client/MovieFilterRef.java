package com.cinema.booking.client;

import org.eclipse.microprofile.graphql.Input;

/** The movie service's {@code MovieFilter} input, as far as the booking service uses it. */
@Input("MovieFilter")
public class MovieFilterRef {
    public String status;

    public static MovieFilterRef status(String status) {
        MovieFilterRef filter = new MovieFilterRef();
        filter.status = status;
        return filter;
    }
}
