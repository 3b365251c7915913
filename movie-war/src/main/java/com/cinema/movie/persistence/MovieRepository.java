package com.cinema.movie.persistence;

import com.cinema.common.input.LikePattern;
import com.cinema.common.paging.PageRequest;
import com.cinema.movie.domain.Movie;
import com.cinema.movie.domain.MovieSearch;
import com.cinema.movie.domain.MovieSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes movies in movie_db. */
@ApplicationScoped
public class MovieRepository {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "movie")
    EntityManager em;

    /** The movie with its genres and cast loaded. */
    public Optional<Movie> findWithDetails(long id) {
        return Optional.ofNullable(em.find(Movie.class, id, Map.of(FETCH_GRAPH, details())));
    }

    /** The movie with its row locked until the transaction ends, so that its reviews change one at a time. */
    public Optional<Movie> lock(long id) {
        return Optional.ofNullable(em.find(Movie.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes the review aggregates without touching the movie's version (staff edits stay unaffected). */
    public void setReviewStats(long id, int reviewCount, Double averageRating) {
        em.createQuery("update Movie m set m.reviewCount = :count, m.averageRating = :average where m.id = :id")
                .setParameter("count", reviewCount)
                .setParameter("average", averageRating)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void setPosterEtag(long id, String etag) {
        em.createQuery("update Movie m set m.posterEtag = :etag where m.id = :id")
                .setParameter("etag", etag)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Ids of movies that have no poster yet. */
    public List<Long> withoutPoster() {
        return em.createQuery("select m.id from Movie m where m.posterEtag is null order by m.id", Long.class)
                .getResultList();
    }

    public void remove(Movie movie) {
        em.remove(movie);
    }

    public void add(Movie movie) {
        em.persist(movie);
    }

    public long count() {
        return em.createQuery("select count(m) from Movie m", Long.class).getSingleResult();
    }

    /**
     * One page of matching movies with genres and cast loaded, ordered by title then id so that paging is
     * stable. Pages by id first: paging a query that fetches collections would happen in memory.
     */
    public List<Movie> search(MovieSearch search, MovieSort sort, PageRequest page) {
        Where where = Where.of(search);
        TypedQuery<Long> idQuery = em.createQuery(
                "select m.id from Movie m" + where.clause + sort.orderBy(), Long.class);
        where.parameters.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
        return withDetails(ids);
    }

    /** The movies with these ids, genres and cast loaded, in the order of the ids; unknown ids are skipped. */
    public List<Movie> withDetails(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Movie> byId = em.createQuery("select distinct m from Movie m where m.id in :ids", Movie.class)
                .setParameter("ids", ids)
                .setHint(FETCH_GRAPH, details())
                // A list, never a stream: a streamed (scrolled) result with fetched collections completes an
                // entity's collections only from adjacent rows, so a movie could come back missing genres.
                .getResultList().stream()
                .collect(Collectors.toMap(Movie::getId, Function.identity()));
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private EntityGraph<Movie> details() {
        EntityGraph<Movie> graph = em.createEntityGraph(Movie.class);
        graph.addAttributeNodes("genres", "cast");
        return graph;
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
                parameters.put("title", LikePattern.containing(search.titleContains()));
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
    }
}
