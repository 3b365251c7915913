package com.cinema.booking.domain;

import java.time.Duration;
import java.time.Instant;

/** Showtimes in one auditorium never overlap, counting the cleaning gap after each (DESIGN.md §7). */
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

    /** The end of a showtime of a movie of this length. */
    public static Instant endOf(Instant start, int durationMinutes) {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }
}
