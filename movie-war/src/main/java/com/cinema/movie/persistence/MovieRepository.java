package com.cinema.movie.persistence;

import com.cinema.common.paging.PageRequest;
import com.cinema.movie.domain.Movie;
import com.cinema.movie.domain.MovieSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes movies in movie_db. */
@ApplicationScoped
public class MovieRepository {

    @PersistenceContext(unitName = "movie")
    EntityManager em;

    public Optional<Movie> find(long id) {
        return Optional.ofNullable(em.find(Movie.class, id));
    }

    public void add(Movie movie) {
        em.persist(movie);
    }

    public long count() {
        return em.createQuery("select count(m) from Movie m", Long.class).getSingleResult();
    }

    /** One page of matching movies, ordered by title then id so that paging is stable. */
    public List<Movie> search(MovieSearch search, PageRequest page) {
        Where where = Where.of(search);
        TypedQuery<Movie> query = em.createQuery(
                "select m from Movie m" + where.clause + " order by lower(m.title), m.id", Movie.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countMatching(MovieSearch search) {
        Where where = Where.of(search);
        TypedQuery<Long> query = em.createQuery("select count(m) from Movie m" + where.clause, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The JPQL filter of a search; values are always bound as parameters, never concatenated. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(MovieSearch search) {
            StringBuilder clause = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (search.titleContains() != null && !search.titleContains().isBlank()) {
                and(clause, "lower(m.title) like :title escape '\\'");
                parameters.put("title", "%" + escapeLike(search.titleContains().trim().toLowerCase()) + "%");
            }
            if (search.genre() != null) {
                and(clause, ":genre member of m.genres");
                parameters.put("genre", search.genre());
            }
            if (search.status() != null) {
                and(clause, "m.status = :status");
                parameters.put("status", search.status());
            }
            if (search.language() != null && !search.language().isBlank()) {
                and(clause, "lower(m.language) = :language");
                parameters.put("language", search.language().trim().toLowerCase());
            }
            return new Where(clause.toString(), parameters);
        }

        private static void and(StringBuilder clause, String condition) {
            clause.append(clause.isEmpty() ? " where " : " and ").append(condition);
        }

        /** A visitor typing "100%" looks for a literal percent sign, not a wildcard. */
        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
