package com.cinema.booking.persistence;

import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.ScreeningFeaturesColumn;
import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeSearch;
import com.cinema.booking.domain.ShowtimeStatus;
import com.cinema.booking.domain.ShowtimeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes showtimes in booking_db. */
@ApplicationScoped
public class ShowtimeRepository implements ShowtimeStore {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    ShowtimeHoldLockTable holdLocks;

    /** The showtime and its hold lock row, in the caller's transaction (IDENTITY: the insert runs at persist). */
    @Override
    public void add(Showtime showtime) {
        em.persist(showtime);
        holdLocks.create(showtime.getId());
    }

    @Override
    public Optional<Showtime> find(long id) {
        return Optional.ofNullable(em.find(Showtime.class, id));
    }

    @Override
    public Optional<Showtime> lockForChange(long id) {
        return Optional.ofNullable(em.find(Showtime.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Showtime> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Showtime s where s.id in :ids order by s.startsAt, s.id", Showtime.class)
                .setParameter("ids", ids).getResultList();
    }

    /** They start before {@code to} and end after {@code from}; served by the (auditorium_id, starts_at) index. */
    @Override
    public List<Showtime> inAuditoriumBetween(long auditoriumId, Instant from, Instant to) {
        return em.createQuery("select s from Showtime s where s.auditoriumId = :auditorium "
                        + "and s.startsAt < :to and s.endsAt > :from order by s.startsAt", Showtime.class)
                .setParameter("auditorium", auditoriumId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public boolean anyStartingBetween(long auditoriumId, Instant from, Instant to) {
        return em.createQuery("select count(s) from Showtime s where s.auditoriumId = :a "
                        + "and s.startsAt >= :from and s.startsAt < :to", Long.class)
                .setParameter("a", auditoriumId).setParameter("from", from).setParameter("to", to)
                .getSingleResult() > 0;
    }

    /** Ids of scheduled showtimes starting after {@code now} matching the given ids (null: any). */
    @Override
    public List<Long> futureScheduled(Long movieId, Long cinemaId, Long auditoriumId, Instant now) {
        StringBuilder where = new StringBuilder(" where s.status = :scheduled and s.startsAt > :now");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scheduled", ShowtimeStatus.SCHEDULED);
        parameters.put("now", now);
        and(where, parameters, "s.movieId = :movie", "movie", movieId);
        and(where, parameters, "s.cinemaId = :cinema", "cinema", cinemaId);
        and(where, parameters, "s.auditoriumId = :auditorium", "auditorium", auditoriumId);
        TypedQuery<Long> query = em.createQuery("select s.id from Showtime s" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Scheduled showtimes matching the search, ordered by start time then id so that equal starts keep
     * one order. Cancelled ones are left out.
     */
    @Override
    public List<Showtime> search(ShowtimeSearch search) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        and(where, parameters, "s.status = :scheduled", "scheduled", ShowtimeStatus.SCHEDULED);
        and(where, parameters, "s.movieId in :movies", "movies", search.movieIds());
        and(where, parameters, "s.cinemaId in :cinemas", "cinemas", search.cinemaIds());
        and(where, parameters, "s.startsAt >= :from", "from", search.from());
        and(where, parameters, "s.startsAt < :to", "to", search.to());
        int kind = 0;
        for (ScreeningFeature feature : search.features()) {
            String name = "kind" + kind++;
            and(where, parameters, ScreeningFeaturesColumn.delimited("s") + " like :" + name, name,
                    ScreeningFeaturesColumn.holding(feature));
        }
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
