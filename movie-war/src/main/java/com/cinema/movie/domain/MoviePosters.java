package com.cinema.movie.domain;

import com.cinema.movie.persistence.MovieRepository;
import com.cinema.movie.persistence.PosterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Storing and serving posters. Uploads of one movie are serialised by a lock on its row. */
@ApplicationScoped
@Transactional
public class MoviePosters {

    @Inject
    MovieRepository movies;

    @Inject
    PosterRepository posters;

    /** Stores an already checked image as the movie's poster; false when the movie does not exist. */
    public boolean store(long movieId, PosterImage image) {
        if (movies.lock(movieId).isEmpty()) {
            return false;
        }
        Optional<MoviePoster> existing = posters.find(movieId);
        if (existing.isPresent()) {
            existing.get().replaceWith(image);
        } else {
            posters.add(new MoviePoster(movieId, image));
        }
        movies.setPosterEtag(movieId, image.etag());
        return true;
    }

    public Optional<PosterRepository.Meta> meta(long movieId) {
        return posters.meta(movieId);
    }

    public Optional<MoviePoster> find(long movieId) {
        return posters.find(movieId);
    }

    public boolean movieExists(long movieId) {
        return movies.findWithDetails(movieId).isPresent();
    }
}
