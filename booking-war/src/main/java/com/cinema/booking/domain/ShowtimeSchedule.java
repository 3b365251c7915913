package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Staff's changes to the schedule. Movie and auditorium are checked with their services before the
 * transaction; inside it the auditorium's schedule lock makes the overlap check and the write one step, so two
 * overlapping showtimes are never both scheduled (docs/architecture.md, the booking saga: no overlaps in one
 * auditorium, counting the cleaning gap).
 */
@ApplicationScoped
public class ShowtimeSchedule {

    @Inject
    ShowtimeStore showtimes;

    @Inject
    BookingStore bookings;

    @Inject
    ScheduleLocks scheduleLocks;

    @Inject
    SeatOccupancy occupancy;

    @Inject
    SeatRelease seatRelease;

    @Inject
    Transactions transactions;

    @Inject
    BookingCancellation cancellation;

    @Inject
    MovieCatalogue movies;

    @Inject
    CinemaEstate estate;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    BookingSettings settings;

    @Inject
    WaitlistOffers waitlist;

    @Inject
    Clock clock;

    /** Where and how long a showtime would be, as the other services see it now. */
    private record Placement(AuditoriumLayout auditorium, String timeZone, int durationMinutes) {

        Instant endOf(Instant start) {
            return ScheduleRules.endOf(start, durationMinutes);
        }
    }

    /**
     * Schedules the showtime. Each change to the schedule is one transaction; lock contention that outlasts its
     * retries is CONFLICT ({@link Contention}) with nothing changed.
     */
    public Showtime create(ShowtimeDraft draft) {
        return createDaily(draft, 1).get(0);
    }

    /**
     * Schedules the showtime on {@code days} consecutive days, each at the draft's wall-clock time in the cinema's
     * zone (19:00 stays 19:00 there when the clocks change), in one transaction: a clash on any day schedules none of
     * them, and the CONFLICT names that day. At most {@link BookingSettings#maxRunDays()} days.
     */
    public List<Showtime> createDaily(ShowtimeDraft draft, int days) {
        int most = settings.maxRunDays();
        if (days < 1 || days > most) {
            throw new ValidationException("days", "must be between 1 and " + most);
        }
        Placement placement = place(draft);
        ZonedDateTime first = draft.startsAt().atZone(ZoneId.of(placement.timeZone()));
        return Contention.answering(() -> Contention.busy("The schedule of auditorium " + draft.auditoriumId(),
                "no showtime was created"), () -> transactions.retrying(() -> {
            scheduleLocks.lockAuditorium(draft.auditoriumId());
            List<Showtime> run = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                ZonedDateTime local = first.plusDays(day);
                Instant start = local.toInstant();
                refuseClash(days == 1 ? "" : "On " + local.toLocalDate() + ": ", draft.auditoriumId(), start,
                        placement.endOf(start), null);
                Showtime showtime = new Showtime(draft.movieId(), placement.auditorium().cinemaId(),
                        draft.auditoriumId(), start, placement.endOf(start), draft.basePriceCents(), draft.currency(),
                        placement.timeZone(), placement.auditorium().capacity());
                showtime.describeAs(draft.features());
                showtimes.add(showtime);
                run.add(showtime);
            }
            return run;
        }));
    }

    /**
     * Changes a scheduled showtime. Moving it (other auditorium or times) is refused once seats are held or
     * sold; the showtime row is locked first, so a hold cannot slip in between check and change.
     */
    public Showtime update(long id, ShowtimeDraft draft) {
        Placement placement = place(draft);
        return Contention.answering(() -> Contention.busy("Showtime " + id,
                "nothing was changed"), () -> transactions.retrying(() -> {
            Showtime showtime = showtimes.lockForChange(id).orElseThrow(() -> new NotFoundException("Showtime", id));
            if (showtime.isCancelled()) {
                throw new ConflictException("Showtime " + id + " is cancelled and cannot be changed");
            }
            Instant end = placement.endOf(draft.startsAt());
            if (showtime.wouldMove(draft.auditoriumId(), draft.startsAt(), end)
                    && occupancy.anyTaken(id, clock.instant())) {
                throw new ConflictException("Showtime " + id
                        + " has seats held or sold: its auditorium and times can no longer change");
            }
            // Both auditoriums' locks, always in the same order, so two moves never wait on each other crosswise.
            scheduleLocks.lockAuditorium(Math.min(showtime.getAuditoriumId(), draft.auditoriumId()));
            scheduleLocks.lockAuditorium(Math.max(showtime.getAuditoriumId(), draft.auditoriumId()));
            Set<ScreeningFeature> dropped = showtime.featuresDroppedBy(draft.features());
            if (!dropped.isEmpty() && occupancy.anyTaken(id, clock.instant())) {
                throw new ConflictException("Showtime " + id + " has seats held or sold as " + named(dropped)
                        + ": that cannot be taken away now (cancel the showtime instead, which refunds every booking)");
            }
            refuseClash("", draft.auditoriumId(), draft.startsAt(), end, id);
            showtime.describeAs(draft.features());
            showtime.reschedule(draft.movieId(), placement.auditorium().cinemaId(), draft.auditoriumId(),
                    draft.startsAt(), end, draft.basePriceCents(), draft.currency(),
                    placement.timeZone(), placement.auditorium().capacity());
            return showtime;
        }));
    }

    /**
     * Cancels the showtime: its waitlist entries are CLOSED, its unpaid holds released and its confirmed bookings
     * REFUNDED (seats AVAILABLE, customers told), all in one transaction; then the payments are refunded (the
     * reconciler finishes any refund that fails here). A booking being paid for meanwhile is refunded when its
     * payment arrives. Idempotent. A showtime that has ended is CONFLICT (see {@link Showtime#cancel}); contended past
     * the retries, CONFLICT with nothing cancelled.
     */
    public Showtime cancel(long id) {
        List<Long> refunded = new ArrayList<>();
        Showtime cancelled = Contention.answering(() -> Contention.busy("Showtime " + id,
                "nothing was cancelled and no booking refunded"), () -> transactions.retrying(() -> {
            refunded.clear();
            Showtime showtime = showtimes.lockForChange(id).orElseThrow(() -> new NotFoundException("Showtime", id));
            Instant now = clock.instant();
            if (showtime.cancel(now)) {
                waitlist.showtimeCancelled(id, now);
                for (Long bookingId : bookings.heldOf(id)) {
                    bookings.lockForChange(bookingId).filter(Booking::release)
                            .ifPresent(booking -> seatRelease.free(booking, now));
                }
                refunded.addAll(cancellation.endWithShowtime(id, now));
            }
            return showtime;
        }));
        cancellation.finishRefunds(refunded);
        return cancelled;
    }

    /** "subtitled and relaxed": the features as words, for a refusal. */
    private static String named(Set<ScreeningFeature> features) {
        List<String> words = features.stream().map(f -> f.label().toLowerCase(Locale.ROOT)).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** A showtime planned for a day still empty (the demo week). */
    public record PlannedShowtime(long movieId, Instant startsAt, int durationMinutes, int basePriceCents,
                                  String currency, Set<ScreeningFeature> features) {
    }

    /** The showtimes planned for one day of an auditorium, the day being [from, to) in the cinema's zone. */
    public record DayPlan(Instant from, Instant to, List<PlannedShowtime> showtimes) {
    }

    /**
     * Used by the demo week: schedules the planned days on which the auditorium has no showtime yet (a day with one
     * is left as it is, so a restart adds nothing twice) and skips a planned showtime that would clash, without the
     * caller checks of {@link #create}. The auditorium's days are one transaction, so a day is never left half
     * filled (a restart would take it for a filled one). Returns how many showtimes were scheduled.
     */
    public int fillEmptyDays(AuditoriumLayout auditorium, String timeZone, List<DayPlan> days) {
        return transactions.retrying(() -> {
            scheduleLocks.lockAuditorium(auditorium.id());
            int created = 0;
            for (DayPlan day : days) {
                if (showtimes.anyStartingBetween(auditorium.id(), day.from(), day.to())) {
                    continue;
                }
                for (PlannedShowtime planned : day.showtimes()) {
                    Instant end = ScheduleRules.endOf(planned.startsAt(), planned.durationMinutes());
                    if (firstClash(auditorium.id(), planned.startsAt(), end, null) == null) {
                        Showtime showtime = new Showtime(planned.movieId(), auditorium.cinemaId(), auditorium.id(),
                                planned.startsAt(), end, planned.basePriceCents(), planned.currency(), timeZone,
                                auditorium.capacity());
                        showtime.describeAs(planned.features());
                        showtimes.add(showtime);
                        created++;
                    }
                }
            }
            return created;
        });
    }

    /** Checks movie and auditorium with their services; errors name the input field. */
    private Placement place(ShowtimeDraft draft) {
        MovieSummary movie = movies.movie(draft.movieId())
                .orElseThrow(() -> new NotFoundException("Movie", draft.movieId()));
        if (movie.archived()) {
            throw new ValidationException("movieId", "movie " + draft.movieId() + " is archived and cannot be scheduled");
        }
        if (movie.durationMinutes() <= 0) {
            throw new ValidationException("movieId", "movie " + draft.movieId() + " has no duration");
        }
        AuditoriumLayout auditorium = auditoriums.fresh(draft.auditoriumId())
                .orElseThrow(() -> new NotFoundException("Auditorium", draft.auditoriumId()));
        String zone = estate.timeZone(auditorium.cinemaId()).orElse("UTC");
        return new Placement(auditorium, zone, movie.durationMinutes());
    }

    /** CONFLICT when [start, end) clashes with a showtime of the auditorium; {@code day} starts the message. */
    private void refuseClash(String day, long auditoriumId, Instant start, Instant end, Long movingId) {
        Showtime other = firstClash(auditoriumId, start, end, movingId);
        if (other != null) {
            throw new ConflictException(day + "The auditorium is busy then: showtime " + other.getId() + " runs from "
                    + other.getStartsAt() + " to " + other.getEndsAt() + " (plus the cleaning gap)");
        }
    }

    private Showtime firstClash(long auditoriumId, Instant start, Instant end, Long movingId) {
        Duration gap = settings.cleaningGap();
        return ScheduleRules.firstClash(showtimes.inAuditoriumBetween(auditoriumId, start.minus(gap), end.plus(gap)),
                start, end, gap, movingId).orElse(null);
    }
}
