package com.cinema.gateway.api.showtime;

import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.client.CinemaServiceClient;
import com.cinema.gateway.client.MovieServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The movie or cinema a row names by id (a showtime, a sales line, an occupancy line), read through the request's
 * {@link ReferenceLoader}: all rows of one request load their movies with one call and their cinemas with another.
 * Null when the row's movie or cinema no longer exists; an unreachable service raises UPSTREAM_UNAVAILABLE for the
 * field alone.
 */
@ApplicationScoped
public class CatalogueReferences {

    @Inject
    ReferenceLoader references;

    @Inject
    MovieServiceClient movies;

    @Inject
    CinemaServiceClient cinemas;

    public Movie movie(String movieId) {
        return references.get(ReferenceLoader.MOVIE, movieId, movies::moviesByIds, m -> m.id);
    }

    public Cinema cinema(String cinemaId) {
        return references.get(ReferenceLoader.CINEMA, cinemaId, cinemas::cinemasByIds, c -> c.id);
    }
}
