package com.cinema.cinema.domain;

import com.cinema.cinema.persistence.AuditoriumRepository;
import com.cinema.cinema.persistence.CinemaRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.Collection;
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

    /** What a change came to when it could not be made; a change that was made has none. */
    public enum Refusal {
        NOT_FOUND,
        CINEMA_NOT_FOUND,
        NAME_TAKEN
    }

    /** The outcome of a change: the changed thing, or why there is none. */
    public record Change<T>(T value, Refusal refusal) {

        static <T> Change<T> done(T value) {
            return new Change<>(value, null);
        }

        static <T> Change<T> refused(Refusal refusal) {
            return new Change<>(null, refusal);
        }
    }

    /** The cinemas of a search: city in the database, then distance, radius and order. */
    public List<CinemaSearch.Found> search(CinemaSearch search) {
        return search.apply(cinemas.list(search.city()));
    }

    /** The cinemas of these ids that exist, in no particular order. */
    public List<Cinema> findAll(Collection<Long> ids) {
        return cinemas.findAll(ids);
    }

    /** One auditorium with its seats. */
    public Optional<Auditorium> auditorium(long id) {
        return auditoriums.find(id);
    }

    /** The auditoriums of these ids that exist, with their seats, in no particular order. */
    public List<Auditorium> auditoriums(Collection<Long> ids) {
        return auditoriums.findAll(ids);
    }

    /** Stores a new auditorium of an existing cinema; its name must be new in that cinema, ignoring case. */
    public Change<Auditorium> addAuditorium(Auditorium auditorium) {
        if (cinemas.find(auditorium.getCinemaId()).isEmpty()) {
            return Change.refused(Refusal.CINEMA_NOT_FOUND);
        }
        if (auditoriums.existsNamed(auditorium.getCinemaId(), auditorium.getName(), null)) {
            return Change.refused(Refusal.NAME_TAKEN);
        }
        try {
            auditoriums.addNow(auditorium);
        } catch (PersistenceException e) {
            if (!breaks(e, "uq_auditorium_name")) {
                throw e;
            }
            transaction.setRollbackOnly();
            return Change.refused(Refusal.NAME_TAKEN);
        }
        return Change.done(auditorium);
    }

    /**
     * Renames, re-equips and re-lays an auditorium; seats keep their ids where their labels stay
     * (see {@link Auditorium#relayout}). The layout is only touched when it changed.
     */
    public Change<Auditorium> updateAuditorium(long id, String name, AuditoriumFormat format, SeatLayout layout) {
        Optional<Auditorium> found = auditoriums.find(id);
        if (found.isEmpty()) {
            return Change.refused(Refusal.NOT_FOUND);
        }
        Auditorium auditorium = found.get();
        if (auditoriums.existsNamed(auditorium.getCinemaId(), name, id)) {
            return Change.refused(Refusal.NAME_TAKEN);
        }
        try {
            auditorium.rename(name);
            auditorium.setFormat(format);
            if (!auditorium.layout().sameAs(layout)) {
                auditorium.relayout(layout, auditoriums::flush);
            }
            auditoriums.flush();
        } catch (PersistenceException e) {
            if (!breaks(e, "uq_auditorium_name")) {
                throw e;
            }
            transaction.setRollbackOnly();
            return Change.refused(Refusal.NAME_TAKEN);
        }
        return Change.done(auditorium);
    }

    /** Takes the fields of a checked draft; the name must stay unique across the chain, ignoring case. */
    public Change<Cinema> updateCinema(long id, Cinema draft) {
        Optional<Cinema> found = cinemas.find(id);
        if (found.isEmpty()) {
            return Change.refused(Refusal.NOT_FOUND);
        }
        if (cinemas.existsNamed(draft.getName(), id)) {
            return Change.refused(Refusal.NAME_TAKEN);
        }
        Cinema cinema = found.get();
        try {
            cinema.updateFrom(draft);
            cinemas.flush();
        } catch (PersistenceException e) {
            if (!breaksUniqueName(e)) {
                throw e;
            }
            transaction.setRollbackOnly();
            return Change.refused(Refusal.NAME_TAKEN);
        }
        return Change.done(cinema);
    }

    /** Removes a cinema with its auditoriums and their seats; false when there is no such cinema. */
    public boolean deleteCinema(long id) {
        Optional<Cinema> found = cinemas.find(id);
        if (found.isEmpty()) {
            return false;
        }
        auditoriums.ofCinema(id).forEach(auditoriums::remove);
        auditoriums.flush();
        cinemas.remove(found.get());
        return true;
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
        return breaks(e, "uq_cinema_name");
    }

    private static boolean breaks(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
