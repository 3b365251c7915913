package com.cinema.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** Showtimes in one auditorium never overlap, counting the cleaning gap after each (docs/architecture.md, the booking saga). */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /**
     * Whether [aStart, aEnd) and [bStart, bEnd) come closer than {@code gap}: each must end at least gap
     * before the other starts.
     */
    public static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd, Duration gap) {
        return aStart.isBefore(bEnd.plus(gap)) && bStart.isBefore(aEnd.plus(gap));
    }

    /**
     * The earliest scheduled showtime among {@code neighbours} that comes closer than {@code gap} to
     * [start, end); the showtime being moved ({@code movingId}, null when new) and cancelled ones never clash.
     */
    public static Optional<Showtime> firstClash(Collection<Showtime> neighbours, Instant start, Instant end,
                                                Duration gap, Long movingId) {
        return neighbours.stream()
                .filter(s -> !s.isCancelled() && !Objects.equals(s.getId(), movingId))
                .filter(s -> overlap(start, end, s.getStartsAt(), s.getEndsAt(), gap))
                .min(Comparator.comparing(Showtime::getStartsAt));
    }

    /** The end of a showtime of a movie of this length. */
    public static Instant endOf(Instant start, int durationMinutes) {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }
}
