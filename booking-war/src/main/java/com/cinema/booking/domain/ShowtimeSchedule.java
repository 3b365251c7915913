package com.cinema.booking.domain;

import com.cinema.booking.client.CinemaServiceClient;
import com.cinema.booking.client.MovieRef;
import com.cinema.booking.client.MovieServiceClient;
import com.cinema.booking.persistence.HoldStore;
import com.cinema.booking.persistence.ShowtimeRepository;
import com.cinema.booking.persistence.SqlFailures;
import com.cinema.booking.persistence.Transactions;
import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The schedule's use cases. Movie and auditorium are checked with their services before the transaction;
 * inside it the auditorium's schedule lock makes the overlap check and the insert one step, so two
 * overlapping showtimes are never both scheduled. Callers' errors are thrown only after the transaction.
 */
@ApplicationScoped
public class ShowtimeSchedule {

    @Inject
    ShowtimeRepository showtimes;

    @Inject
    HoldStore holds;

    @Inject
    Transactions transactions;

    @Inject
    MovieServiceClient movies;

    @Inject
    CinemaServiceClient cinemas;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    BookingSettings settings;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** Where and how long a showtime would be, as the other services see it now. */
    private record Placement(MovieRef movie, AuditoriumLayout auditorium, String timeZone, Instant endsAt) {
    }

    /** The result of a transaction: the showtime, or the caller's error to throw once it has ended. */
    private record Outcome(Showtime showtime, ApiException error) {
        static Outcome ok(Showtime showtime) {
            return new Outcome(showtime, null);
        }

        static Outcome refused(ApiException error) {
            return new Outcome(null, error);
        }

        Showtime orThrow() {
            if (error != null) {
                throw error;
            }
            return showtime;
        }
    }

    public Showtime create(ShowtimeDraft draft) {
        Placement placement = place(draft);
        return retryingTransient(() -> transactions.run(() -> {
            holds.lockAuditoriumSchedule(draft.auditoriumId());
            List<Showtime> clashes = showtimes.clashing(draft.auditoriumId(), draft.startsAt(), placement.endsAt(),
                    settings.cleaningGap(), null);
            if (!clashes.isEmpty()) {
                return Outcome.refused(overlap(clashes.get(0)));
            }
            Showtime showtime = new Showtime(draft.movieId(), placement.auditorium().cinemaId(), draft.auditoriumId(),
                    draft.startsAt(), placement.endsAt(), draft.basePriceCents(), draft.currency(),
                    placement.timeZone(), placement.auditorium().capacity());
            showtimes.add(showtime);
            return Outcome.ok(showtime);
        })).orThrow();
    }

    /**
     * Changes a scheduled showtime. Moving it (other auditorium or times) is refused once seats are held or
     * sold; the showtime row is locked first, so a hold cannot slip in between check and change.
     */
    public Showtime update(long id, ShowtimeDraft draft, Instant now) {
        Placement placement = place(draft);
        return retryingTransient(() -> transactions.run(() -> {
            Showtime showtime = em.find(Showtime.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (showtime == null) {
                return Outcome.refused(new NotFoundException("Showtime", id));
            }
            if (showtime.getStatus() == ShowtimeStatus.CANCELLED) {
                return Outcome.refused(new ConflictException("Showtime " + id + " is cancelled and cannot be changed"));
            }
            boolean moves = showtime.getAuditoriumId() != draft.auditoriumId()
                    || !showtime.getStartsAt().equals(draft.startsAt())
                    || !showtime.getEndsAt().equals(placement.endsAt());
            if (moves && holds.isOccupied(id, now)) {
                return Outcome.refused(new ConflictException("Showtime " + id
                        + " has seats held or sold: its auditorium and times can no longer change"));
            }
            holds.lockAuditoriumSchedule(Math.min(showtime.getAuditoriumId(), draft.auditoriumId()));
            holds.lockAuditoriumSchedule(Math.max(showtime.getAuditoriumId(), draft.auditoriumId()));
            List<Showtime> clashes = showtimes.clashing(draft.auditoriumId(), draft.startsAt(), placement.endsAt(),
                    settings.cleaningGap(), id);
            if (!clashes.isEmpty()) {
                return Outcome.refused(overlap(clashes.get(0)));
            }
            showtime.reschedule(draft.movieId(), placement.auditorium().cinemaId(), draft.auditoriumId(),
                    draft.startsAt(), placement.endsAt(), draft.basePriceCents(), draft.currency(),
                    placement.timeZone(), placement.auditorium().capacity());
            return Outcome.ok(showtime);
        })).orThrow();
    }

    /** Cancels the showtime and releases its unpaid holds (their seats become AVAILABLE). Idempotent. */
    public Showtime cancel(long id, Instant now) {
        return retryingTransient(() -> transactions.run(() -> {
            Showtime showtime = em.find(Showtime.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (showtime == null) {
                return Outcome.refused(new NotFoundException("Showtime", id));
            }
            if (showtime.getStatus() != ShowtimeStatus.CANCELLED) {
                showtime.cancel();
                em.flush();
                for (Long bookingId : holds.heldBookingsOf(id)) {
                    holds.endHold(bookingId, BookingStatus.CANCELLED.name(), null, false, now);
                }
            }
            return Outcome.ok(showtime);
        })).orThrow();
    }

    /** Checks movie and auditorium with their services; errors name the input field. */
    private Placement place(ShowtimeDraft draft) {
        MovieRef movie = movies.movie(draft.movieId())
                .orElseThrow(() -> new NotFoundException("Movie", draft.movieId()));
        if ("ARCHIVED".equals(movie.status)) {
            throw new ValidationException("movieId", "movie " + draft.movieId() + " is archived and cannot be scheduled");
        }
        if (movie.durationMinutes == null || movie.durationMinutes <= 0) {
            throw new ValidationException("movieId", "movie " + draft.movieId() + " has no duration");
        }
        AuditoriumLayout auditorium = auditoriums.fresh(draft.auditoriumId())
                .orElseThrow(() -> new NotFoundException("Auditorium", draft.auditoriumId()));
        String zone = cinemas.cinema(auditorium.cinemaId()).map(c -> c.timeZone).orElse(null);
        return new Placement(movie, auditorium, zone == null ? "UTC" : zone,
                ScheduleRules.endOf(draft.startsAt(), movie.durationMinutes));
    }

    private static ConflictException overlap(Showtime other) {
        return new ConflictException("The auditorium is busy then: showtime " + other.getId() + " runs from "
                + other.getStartsAt() + " to " + other.getEndsAt() + " (plus the cleaning gap)");
    }

    /** Deadlocks and lock timeouts while taking the schedule lock are retried a few times. */
    private static <T> T retryingTransient(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= 4 || e instanceof ApiException || !SqlFailures.isTransient(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt + (long) (Math.random() * 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- reading ----

    public Showtime find(long id) {
        return transactions.run(() -> showtimes.find(id));
    }

    public List<Showtime> findAll(Collection<Long> ids) {
        return transactions.run(() -> showtimes.findAll(ids));
    }

    /** Scheduled showtimes matching the search and, when given, starting on {@code day} in their cinema's zone. */
    public List<Showtime> search(ShowtimeSearch search, LocalDate day) {
        if (day == null) {
            return transactions.run(() -> showtimes.search(search));
        }
        Instant from = later(search.from(), ShowDay.windowStart(day));
        Instant to = earlier(search.to(), ShowDay.windowEnd(day));
        if (!from.isBefore(to)) {
            return List.of();
        }
        ShowtimeSearch window = new ShowtimeSearch(search.movieId(), search.cinemaId(), from, to);
        return transactions.run(() -> showtimes.search(window)).stream()
                .filter(s -> ShowDay.isOn(s.getStartsAt(), s.getTimeZone(), day))
                .toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** Seats still bookable per showtime: capacity minus seats held (in time) or sold. */
    public Map<Long, Integer> availableSeats(Collection<Showtime> list, Instant now) {
        Map<Long, Integer> occupied = transactions.run(
                () -> holds.occupiedCounts(list.stream().map(Showtime::getId).toList(), now));
        Map<Long, Integer> available = new HashMap<>();
        for (Showtime s : list) {
            available.put(s.getId(), Math.max(0, s.getCapacity() - occupied.getOrDefault(s.getId(), 0)));
        }
        return available;
    }

    /** The seat map now, or null when there is no such showtime. */
    public SeatMap seatMap(long showtimeId, Instant now) {
        Showtime showtime = find(showtimeId);
        if (showtime == null) {
            return null;
        }
        AuditoriumLayout layout = auditoriums.get(showtime.getAuditoriumId())
                .orElse(new AuditoriumLayout(showtime.getAuditoriumId(), showtime.getCinemaId(), "STANDARD", 0, 0,
                        List.of()));
        Map<Long, String> locked = transactions.run(() -> holds.lockedSeats(showtimeId, now));
        return SeatMap.of(showtimeId, layout, locked, showtime.getBasePriceCents(), settings.pricing());
    }

    /** Future scheduled showtimes using the movie / cinema / auditorium (null: any), and those with seats taken. */
    public ScheduleUsage usage(Long movieId, Long cinemaId, Long auditoriumId, Instant now) {
        return transactions.run(() -> {
            List<Long> ids = showtimes.futureScheduled(movieId, cinemaId, auditoriumId, now);
            int occupied = (int) holds.occupiedCounts(ids, now).values().stream().filter(n -> n > 0).count();
            return new ScheduleUsage(ids.size(), occupied);
        });
    }

    /** Used by the demo week: schedules without the caller checks of {@link #create}. */
    public boolean scheduleIfFree(long movieId, AuditoriumLayout auditorium, String timeZone, Instant start,
                                  int durationMinutes, int basePriceCents, String currency) {
        Instant end = ScheduleRules.endOf(start, durationMinutes);
        return retryingTransient(() -> transactions.run(() -> {
            holds.lockAuditoriumSchedule(auditorium.id());
            if (!showtimes.clashing(auditorium.id(), start, end, settings.cleaningGap(), null).isEmpty()) {
                return false;
            }
            showtimes.add(new Showtime(movieId, auditorium.cinemaId(), auditorium.id(), start, end, basePriceCents,
                    currency, timeZone, auditorium.capacity()));
            return true;
        }));
    }

    /** Whether the auditorium has any showtime starting in [from, to). */
    public boolean hasShowtimes(long auditoriumId, Instant from, Instant to) {
        return transactions.run(() -> showtimes.anyInAuditorium(auditoriumId, from, to));
    }
}
