package com.cinema.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A calendar day as the visitor of a cinema means it: in the cinema's own time zone. Showtimes of
 * cinemas in different zones are matched in one query over a UTC window wide enough for every zone
 * (UTC+14 to UTC-12), then each by its own zone.
 */
public final class ShowDay {

    private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);
    private static final ZoneOffset LATEST = ZoneOffset.ofHours(-12);

    private ShowDay() {
    }

    /** Inclusive start of the UTC window holding every instant that is {@code day} somewhere. */
    public static Instant windowStart(LocalDate day) {
        return day.atStartOfDay().toInstant(EARLIEST);
    }

    /** Exclusive end of that window. */
    public static Instant windowEnd(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(LATEST);
    }

    /** Whether {@code start} falls on {@code day} in the given zone (unknown zones count as UTC). */
    public static boolean isOn(Instant start, String timeZone, LocalDate day) {
        return start.atZone(zone(timeZone)).toLocalDate().equals(day);
    }

    /** The first instant of {@code day} in the zone and the first of the next day. */
    public static Instant[] bounds(LocalDate day, String timeZone) {
        ZoneId zone = zone(timeZone);
        return new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
    }

    public static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
