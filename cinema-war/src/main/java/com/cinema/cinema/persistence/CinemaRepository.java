package com.cinema.cinema.persistence;

import com.cinema.cinema.domain.Cinema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes cinemas in cinema_db; every cinema is returned with its facilities loaded. */
@ApplicationScoped
public class CinemaRepository {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "cinema")
    EntityManager em;

    public Optional<Cinema> find(long id) {
        return Optional.ofNullable(em.find(Cinema.class, id, Map.of(FETCH_GRAPH, withFacilities())));
    }

    /** All cinemas, or those of one city ignoring case, ordered by name. */
    public List<Cinema> list(String city) {
        boolean filtered = city != null && !city.isBlank();
        var query = em.createQuery("select c from Cinema c"
                        + (filtered ? " where lower(c.city) = :city" : "") + " order by lower(c.name), c.id", Cinema.class)
                .setHint(FETCH_GRAPH, withFacilities());
        if (filtered) {
            query.setParameter("city", city.trim().toLowerCase(Locale.ROOT));
        }
        return query.getResultList();
    }

    /** Inserts the cinema and its facilities now, so that a broken constraint shows here and not at commit. */
    public void add(Cinema cinema) {
        em.persist(cinema);
        em.flush();
    }

    /** Whether a cinema has this name, ignoring case (as MySQL's default collation compares the unique key). */
    public boolean existsNamed(String name) {
        return !em.createQuery("select c.id from Cinema c where lower(c.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The cinemas of these ids that exist, in no particular order. */
    public List<Cinema> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Cinema c where c.id in :ids", Cinema.class)
                .setParameter("ids", ids)
                .setHint(FETCH_GRAPH, withFacilities())
                .getResultList();
    }

    /** Whether another cinema than {@code exceptId} has this name, ignoring case. */
    public boolean existsNamed(String name, long exceptId) {
        return !em.createQuery("select c.id from Cinema c where lower(c.name) = :name and c.id <> :id", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("id", exceptId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Writes pending changes now, so that a broken constraint shows here and not at commit. */
    public void flush() {
        em.flush();
    }

    public void remove(Cinema cinema) {
        em.remove(cinema);
        em.flush();
    }

    public long count() {
        return em.createQuery("select count(c) from Cinema c", Long.class).getSingleResult();
    }

    private EntityGraph<Cinema> withFacilities() {
        EntityGraph<Cinema> graph = em.createEntityGraph(Cinema.class);
        graph.addAttributeNodes("facilities");
        return graph;
    }
}
