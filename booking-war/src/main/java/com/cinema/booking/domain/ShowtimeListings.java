package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the schedule: showtimes, their free seats and seat maps, and what future showtimes use. */
@ApplicationScoped
public class ShowtimeListings {

    @Inject
    ShowtimeStore showtimes;

    @Inject
    SeatOccupancy occupancy;

    @Inject
    Transactions transactions;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    public Optional<Showtime> find(long id) {
        return transactions.inOne(() -> showtimes.find(id));
    }

    public List<Showtime> findAll(Collection<Long> ids) {
        return transactions.inOne(() -> showtimes.findAll(ids));
    }

    /** Scheduled showtimes matching the search and, when given, starting on {@code day} in their cinema's zone. */
    public List<Showtime> search(ShowtimeSearch search, LocalDate day) {
        if (search.matchesNothing()) {
            return List.of();
        }
        if (day == null) {
            return transactions.inOne(() -> showtimes.search(search));
        }
        Instant from = later(search.from(), ShowDay.windowStart(day));
        Instant to = earlier(search.to(), ShowDay.windowEnd(day));
        if (!from.isBefore(to)) {
            return List.of();
        }
        ShowtimeSearch window = search.between(from, to);
        return transactions.inOne(() -> showtimes.search(window)).stream()
                .filter(s -> ShowDay.isOn(s.getStartsAt(), s.getTimeZone(), day))
                .toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** Seats still bookable per showtime now: capacity minus seats taken. */
    public Map<Long, Integer> availableSeats(Collection<Showtime> list) {
        Instant now = clock.instant();
        Map<Long, Integer> taken = transactions.inOne(
                () -> occupancy.takenCounts(list.stream().map(Showtime::getId).toList(), now));
        Map<Long, Integer> available = new HashMap<>();
        for (Showtime s : list) {
            available.put(s.getId(), Math.max(0, s.getCapacity() - taken.getOrDefault(s.getId(), 0)));
        }
        return available;
    }

    /** The seat map now, or empty when there is no such showtime. */
    public Optional<SeatMap> seatMap(long showtimeId) {
        Instant now = clock.instant();
        // The showtime and its taken seats in one transaction: a seat map is the hottest read under load.
        Optional<Read> read = transactions.inOne(() -> showtimes.find(showtimeId)
                .map(showtime -> new Read(showtime, occupancy.takenSeats(showtimeId, now))));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Showtime showtime = read.get().showtime();
        // Outside the transaction: a layout not cached yet is a call to the cinema service.
        AuditoriumLayout layout = auditoriums.get(showtime.getAuditoriumId())
                .orElse(new AuditoriumLayout(showtime.getAuditoriumId(), showtime.getCinemaId(), "STANDARD", 0, 0,
                        List.of()));
        return Optional.of(SeatMap.of(showtimeId, layout, read.get().taken(), showtime.getBasePriceCents(),
                settings.pricing()));
    }

    private record Read(Showtime showtime, Map<Long, BookingStatus> taken) {
    }

    /** Future scheduled showtimes using the movie / cinema / auditorium (null: any), and those with seats taken. */
    public ScheduleUsage usage(Long movieId, Long cinemaId, Long auditoriumId) {
        Instant now = clock.instant();
        return transactions.inOne(() -> {
            List<Long> ids = showtimes.futureScheduled(movieId, cinemaId, auditoriumId, now);
            int occupied = (int) occupancy.takenCounts(ids, now).values().stream().filter(n -> n > 0).count();
            return new ScheduleUsage(ids.size(), occupied);
        });
    }
}
