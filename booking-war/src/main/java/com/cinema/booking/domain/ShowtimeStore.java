package com.cinema.booking.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Showtimes (port; the adapter is {@code persistence.ShowtimeRepository}); every method runs in a transaction. */
public interface ShowtimeStore {

    void add(Showtime showtime);

    /** The showtime as the database has it now, cancelled ones included. */
    Optional<Showtime> find(long id);

    /** The showtime with its row locked until the transaction ends (no hold can lock its seats meanwhile). */
    Optional<Showtime> lockForChange(long id);

    /** The showtimes with these ids (unknown ones left out), in order of start. */
    List<Showtime> findAll(Collection<Long> ids);

    /** Showtimes of the auditorium, cancelled ones included, that run at some time in [from, to). */
    List<Showtime> inAuditoriumBetween(long auditoriumId, Instant from, Instant to);

    /** Whether the auditorium has any showtime (cancelled ones included) starting in [from, to). */
    boolean anyStartingBetween(long auditoriumId, Instant from, Instant to);

    /** Ids of scheduled showtimes starting after {@code now} of the given movie / cinema / auditorium (null: any). */
    List<Long> futureScheduled(Long movieId, Long cinemaId, Long auditoriumId, Instant now);

    /** Scheduled showtimes matching the search, in order of start and then id. */
    List<Showtime> search(ShowtimeSearch search);
}
