package com.cinema.cinema.domain;

import com.cinema.cinema.persistence.AuditoriumRepository;
import com.cinema.cinema.persistence.CinemaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The cinema estate's use cases. Each runs in one transaction and returns cinemas with their facilities,
 * and auditoriums with their seats, loaded so that callers can read them after the transaction ends.
 */
@ApplicationScoped
@Transactional
public class CinemaDirectory {

    @Inject
    CinemaRepository cinemas;

    @Inject
    AuditoriumRepository auditoriums;

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
}
