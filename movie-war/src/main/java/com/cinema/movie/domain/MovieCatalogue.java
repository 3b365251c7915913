package com.cinema.movie.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.movie.persistence.MovieRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue's use cases. Each runs in one transaction and returns movies with their genres and cast
 * loaded, so callers can read them after the transaction ends.
 */
@ApplicationScoped
@Transactional
public class MovieCatalogue {

    @Inject
    MovieRepository movies;

    /** A page of matches and the number of all matches. */
    public record Results(List<Movie> movies, long total) {
    }

    public Results search(MovieSearch search, PageRequest page) {
        return new Results(movies.search(search, page), movies.countMatching(search));
    }

    public Optional<Movie> find(long id) {
        return movies.findWithDetails(id);
    }

    /**
     * Stores a new movie with its genres and cast in one transaction and returns it with its id. The movie
     * must already be checked ({@link Movie#create(MovieDetails)}), so nothing is thrown from here for bad input.
     */
    public Movie add(Movie movie) {
        movies.add(movie);
        return movie;
    }
}
