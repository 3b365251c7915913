package com.cinema.booking.domain;

import com.cinema.booking.persistence.ShowtimeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The schedule's use cases, each in one transaction. */
@ApplicationScoped
@Transactional
public class ShowtimeSchedule {

    @Inject
    ShowtimeRepository showtimes;

    /** Matching showtimes, cancelled ones included, in order of start. */
    public List<Showtime> search(ShowtimeSearch search) {
        return showtimes.search(search);
    }
}
