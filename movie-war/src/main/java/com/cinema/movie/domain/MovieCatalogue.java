package com.cinema.movie.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.movie.persistence.MovieRepository;
import com.cinema.movie.persistence.PosterRepository;
import com.cinema.movie.persistence.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue's use cases. Each runs in one transaction and returns movies with their genres and cast
 * loaded, so callers can read them after the transaction ends. Bad input is checked before (see
 * {@link Movie#create(MovieDetails)}); a missing movie is an empty answer, never an exception from here.
 */
@ApplicationScoped
@Transactional
public class MovieCatalogue {

    @Inject
    MovieRepository movies;

    @Inject
    ReviewRepository reviews;

    @Inject
    PosterRepository posters;

    /** A page of matches and the number of all matches. */
    public record Results(List<Movie> movies, long total) {
    }

    public Results search(MovieSearch search, MovieSort sort, PageRequest page) {
        return new Results(movies.search(search, sort == null ? MovieSort.TITLE : sort, page), movies.countMatching(search));
    }

    public Optional<Movie> find(long id) {
        return movies.findWithDetails(id);
    }

    /** The movies with these ids in the given order; unknown ids are left out. */
    public List<Movie> findAll(Collection<Long> ids) {
        return movies.withDetails(ids);
    }

    /**
     * Stores a new movie with its genres and cast in one transaction and returns it with its id. The movie
     * must already be checked ({@link Movie#create(MovieDetails)}), so nothing is thrown from here for bad input.
     */
    public Movie add(Movie movie) {
        movies.add(movie);
        return movie;
    }

    /** Replaces a movie's details with those of an already checked movie; empty when there is no such movie. */
    public Optional<Movie> update(long id, Movie checked) {
        Optional<Movie> existing = movies.findWithDetails(id);
        existing.ifPresent(movie -> movie.updateFrom(checked));
        return existing;
    }

    /** Deletes a movie with its reviews and poster; false when there is no such movie. */
    public boolean remove(long id) {
        Optional<Movie> existing = movies.findWithDetails(id);
        if (existing.isEmpty()) {
            return false;
        }
        reviews.removeAll(id);
        posters.remove(id);
        movies.remove(existing.get());
        return true;
    }
}
