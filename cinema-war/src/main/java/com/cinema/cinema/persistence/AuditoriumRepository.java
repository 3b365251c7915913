package com.cinema.cinema.persistence;

import com.cinema.cinema.domain.Auditorium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes auditoriums in cinema_db; every auditorium is returned with its seats loaded. */
@ApplicationScoped
public class AuditoriumRepository {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "cinema")
    EntityManager em;

    /** The auditoriums of a cinema ordered by name, with their seats fetched in the same query. */
    public List<Auditorium> ofCinema(long cinemaId) {
        return em.createQuery("select a from Auditorium a where a.cinemaId = :cinema order by a.name, a.id",
                        Auditorium.class)
                .setParameter("cinema", cinemaId)
                .setHint(FETCH_GRAPH, withSeats())
                .getResultList();
    }

    public Optional<Auditorium> find(long id) {
        return Optional.ofNullable(em.find(Auditorium.class, id, Map.of(FETCH_GRAPH, withSeats())));
    }

    /** The auditoriums of these ids that exist, with their seats, in no particular order. */
    public List<Auditorium> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Auditorium a where a.id in :ids", Auditorium.class)
                .setParameter("ids", ids)
                .setHint(FETCH_GRAPH, withSeats())
                .getResultList();
    }

    /** Whether another auditorium of the cinema than {@code exceptId} (null: none) has this name, ignoring case. */
    public boolean existsNamed(long cinemaId, String name, Long exceptId) {
        var query = em.createQuery("select a.id from Auditorium a where a.cinemaId = :cinema and lower(a.name) = :name"
                        + (exceptId == null ? "" : " and a.id <> :id"), Long.class)
                .setParameter("cinema", cinemaId)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1);
        if (exceptId != null) {
            query.setParameter("id", exceptId);
        }
        return !query.getResultList().isEmpty();
    }

    public void add(Auditorium auditorium) {
        em.persist(auditorium);
    }

    /** Inserts the auditorium and its seats now, so that a broken constraint shows here and not at commit. */
    public void addNow(Auditorium auditorium) {
        em.persist(auditorium);
        em.flush();
    }

    public void remove(Auditorium auditorium) {
        em.remove(auditorium);
    }

    public void flush() {
        em.flush();
    }

    private EntityGraph<Auditorium> withSeats() {
        EntityGraph<Auditorium> graph = em.createEntityGraph(Auditorium.class);
        graph.addAttributeNodes("seats");
        return graph;
    }
}
