package com.cinema.booking.persistence;

import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes showtimes in booking_db. */
@ApplicationScoped
public class ShowtimeRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** Showtimes matching the search, ordered by start time then id so that equal starts keep one order. */
    public List<Showtime> search(ShowtimeSearch search) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        and(where, parameters, "s.movieId = :movie", "movie", search.movieId());
        and(where, parameters, "s.cinemaId = :cinema", "cinema", search.cinemaId());
        and(where, parameters, "s.startsAt >= :from", "from", search.from());
        and(where, parameters, "s.startsAt < :to", "to", search.to());
        TypedQuery<Showtime> query = em.createQuery(
                "select s from Showtime s" + where + " order by s.startsAt, s.id", Showtime.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Adds a condition only when its value is given; values are always bound, never concatenated. */
    private static void and(StringBuilder where, Map<String, Object> parameters, String condition,
                            String name, Object value) {
        if (value != null) {
            where.append(where.isEmpty() ? " where " : " and ").append(condition);
            parameters.put(name, value);
        }
    }
}
