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
                .getResultStream()
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
