package com.cinema.cinema.persistence;

import com.cinema.cinema.domain.Auditorium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads and writes auditoriums in cinema_db; every auditorium is returned with its seats loaded. */
@ApplicationScoped
public class AuditoriumRepository {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "cinema")
    EntityManager em;

    /** The auditoriums of a cinema ordered by name, with their seats fetched in the same query. */
    public List<Auditorium> ofCinema(long cinemaId) {
        EntityGraph<Auditorium> withSeats = em.createEntityGraph(Auditorium.class);
        withSeats.addAttributeNodes("seats");
        return em.createQuery("select a from Auditorium a where a.cinemaId = :cinema order by a.name, a.id",
                        Auditorium.class)
                .setParameter("cinema", cinemaId)
                .setHint(FETCH_GRAPH, withSeats)
                .getResultList();
    }

    public void add(Auditorium auditorium) {
        em.persist(auditorium);
    }
}
