package com.cinema.booking.persistence;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingSearch;
import com.cinema.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes bookings and their tickets in booking_db. */
@ApplicationScoped
public class BookingRepository {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(Booking booking) {
        em.persist(booking);
    }

    /** Writes pending inserts now, so that key conflicts show here and generated ids are known. */
    public void flush() {
        em.flush();
    }

    /** The booking with its tickets loaded, or null. */
    public Booking find(long id) {
        return em.createQuery("select b from Booking b where b.id = :id", Booking.class)
                .setParameter("id", id)
                .setHint(FETCH_GRAPH, withTickets())
                .getResultList().stream().findFirst().orElse(null);
    }

    /**
     * The user's bookings with tickets, newest first (at most {@code limit}); {@code upcoming} true: live
     * bookings (held, paying, confirmed) of showtimes that have not started; false: bookings of showtimes
     * that have started; null: all.
     */
    public List<Booking> ofUser(long userId, Boolean upcoming, java.time.Instant now, int limit) {
        String where = " where b.userId = :user";
        if (Boolean.TRUE.equals(upcoming)) {
            where += " and b.status in :live and b.showtimeId in (select s.id from Showtime s where s.startsAt > :now)";
        } else if (Boolean.FALSE.equals(upcoming)) {
            where += " and b.showtimeId in (select s.id from Showtime s where s.startsAt <= :now)";
        }
        TypedQuery<Long> idQuery = em.createQuery(
                "select b.id from Booking b" + where + " order by b.createdAt desc, b.id desc", Long.class)
                .setParameter("user", userId);
        if (upcoming != null) {
            idQuery.setParameter("now", now);
        }
        if (Boolean.TRUE.equals(upcoming)) {
            idQuery.setParameter("live", List.of(com.cinema.booking.domain.BookingStatus.HELD,
                    com.cinema.booking.domain.BookingStatus.PAYMENT_PENDING,
                    com.cinema.booking.domain.BookingStatus.CONFIRMED));
        }
        List<Long> ids = idQuery.setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Booking> byId = em.createQuery(
                        "select distinct b from Booking b where b.id in :ids", Booking.class)
                .setParameter("ids", ids)
                .setHint(FETCH_GRAPH, withTickets())
                // A list, never a stream: a streamed (scrolled) result with a fetched collection completes an
                // entity's collection only from adjacent rows, so a booking could come back missing tickets.
                .getResultList().stream()
                .collect(Collectors.toMap(Booking::getId, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * One page of matching bookings with their tickets loaded, newest first and then by id (descending)
     * so that bookings created in the same millisecond keep one order. Pages by id first: paging a query
     * that fetches a collection would happen in memory; the tickets of the page then come in one query.
     */
    public List<Booking> search(BookingSearch search, PageRequest page) {
        Where where = Where.of(search);
        TypedQuery<Long> idQuery = em.createQuery(
                "select b.id from Booking b" + where.clause + " order by b.createdAt desc, b.id desc", Long.class);
        where.parameters.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                .setMaxResults(page.size())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Booking> byId = em.createQuery(
                        "select distinct b from Booking b where b.id in :ids", Booking.class)
                .setParameter("ids", ids)
                .setHint(FETCH_GRAPH, withTickets())
                // A list, never a stream: a streamed (scrolled) result with a fetched collection completes an
                // entity's collection only from adjacent rows, so a booking could come back missing tickets.
                .getResultList().stream()
                .collect(Collectors.toMap(Booking::getId, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).toList();
    }

    public long countMatching(BookingSearch search) {
        Where where = Where.of(search);
        TypedQuery<Long> query = em.createQuery("select count(b) from Booking b" + where.clause, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private EntityGraph<Booking> withTickets() {
        EntityGraph<Booking> graph = em.createEntityGraph(Booking.class);
        graph.addAttributeNodes("tickets");
        return graph;
    }

    /** The JPQL filter of a search; values are always bound as parameters, never concatenated. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(BookingSearch search) {
            StringBuilder clause = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            and(clause, parameters, "b.status = :status", "status", search.status());
            and(clause, parameters, "b.userId = :user", "user", search.userId());
            and(clause, parameters, "b.showtimeId = :showtime", "showtime", search.showtimeId());
            and(clause, parameters, "b.createdAt >= :from", "from", search.from());
            and(clause, parameters, "b.createdAt < :to", "to", search.to());
            return new Where(clause.toString(), parameters);
        }

        private static void and(StringBuilder clause, Map<String, Object> parameters, String condition,
                                String name, Object value) {
            if (value != null) {
                clause.append(clause.isEmpty() ? " where " : " and ").append(condition);
                parameters.put(name, value);
            }
        }
    }
}
