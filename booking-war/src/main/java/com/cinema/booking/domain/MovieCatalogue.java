package com.cinema.booking.domain;

import java.util.Optional;

/**
 * The movie service, as scheduling asks it (port; the adapter is {@code client.MovieServiceClient}). An
 * unreachable movie service is an UPSTREAM_UNAVAILABLE error, never "no such movie".
 */
public interface MovieCatalogue {

    /** The movie, or empty when the movie service does not know it. */
    Optional<MovieSummary> movie(long id);
}
