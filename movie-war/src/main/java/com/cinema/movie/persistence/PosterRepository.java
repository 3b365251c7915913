package com.cinema.movie.persistence;

import com.cinema.movie.domain.MoviePoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Reads and writes poster images in movie_db. */
@ApplicationScoped
public class PosterRepository {

    @PersistenceContext(unitName = "movie")
    EntityManager em;

    /** What is known about a poster without loading its bytes. */
    public record Meta(String etag, String contentType, int sizeBytes) {
    }

    public Optional<Meta> meta(long movieId) {
        return em.createQuery("select p.etag, p.contentType, p.sizeBytes from MoviePoster p where p.movieId = :movie",
                        Object[].class)
                .setParameter("movie", movieId)
                .getResultStream().findFirst()
                .map(row -> new Meta((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
    }

    public Optional<MoviePoster> find(long movieId) {
        return Optional.ofNullable(em.find(MoviePoster.class, movieId));
    }

    public void add(MoviePoster poster) {
        em.persist(poster);
    }

    public int remove(long movieId) {
        return em.createQuery("delete from MoviePoster p where p.movieId = :movie")
                .setParameter("movie", movieId)
                .executeUpdate();
    }
}
