package com.cinema.cinema.domain;

import com.cinema.cinema.persistence.AuditoriumRepository;
import com.cinema.cinema.persistence.CinemaRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cinema estate's use cases. Each runs in one transaction and returns cinemas with their facilities,
 * and auditoriums with their seats, loaded so that callers can read them after the transaction ends.
 * Expected outcomes (a name already taken) are returned, not thrown: Liberty records an FFDC incident for
 * every exception leaving a transaction. Rules are checked before, by {@link CinemaAdministration}.
 */
@ApplicationScoped
@Transactional
public class CinemaDirectory {

    @Inject
    CinemaRepository cinemas;

    @Inject
    AuditoriumRepository auditoriums;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    /** Every cinema, or those of one city (ignoring case), ordered by name. */
    public List<Cinema> list(String city) {
        return cinemas.list(city);
    }

    public Optional<Cinema> find(long id) {
        return cinemas.find(id);
    }

    /** The cinema's auditoriums with their seats, ordered by name. */
    public List<Auditorium> auditoriumsOf(long cinemaId) {
        return auditoriums.ofCinema(cinemaId);
    }

    /** Stores a new cinema with its facilities; empty when a cinema of that name (ignoring case) exists. */
    public Optional<Cinema> add(Cinema cinema) {
        if (cinemas.existsNamed(cinema.getName())) {
            return Optional.empty();
        }
        try {
            cinemas.add(cinema);
        } catch (PersistenceException e) {
            // Two creations of one name at once: the unique key lets only one in.
            if (!breaksUniqueName(e)) {
                throw e;
            }
            transaction.setRollbackOnly();
            return Optional.empty();
        }
        return Optional.of(cinema);
    }

    private static boolean breaksUniqueName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("uq_cinema_name")) {
                return true;
            }
        }
        return false;
    }
}
