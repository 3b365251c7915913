package com.cinema.common.reporting;

import com.cinema.common.error.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The date range of a staff report (docs/api.md, "Admin dashboard and exports"): whole UTC days, both ends
 * included. Shared by the services that compute figures and the gateway that combines them, so every party
 * reads a range the same way: no dates = the last {@code defaultDays} days up to today; only {@code from} = up
 * to today; only {@code to} = the {@code defaultDays} days ending then. A range longer than {@code maxDays} or
 * ending before it starts is a VALIDATION error naming {@code to}.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a report period has both ends");
        }
    }

    public static ReportPeriod of(LocalDate from, LocalDate to, Clock clock, int defaultDays, int maxDays) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate start = from != null ? from : end.minusDays(defaultDays - 1L);
        if (end.isBefore(start)) {
            throw new ValidationException("to", "must not be before from (" + start + ")");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > maxDays) {
            throw new ValidationException("to", "a report covers at most " + maxDays + " days, not " + days);
        }
        return new ReportPeriod(start, end);
    }

    /** The first instant of the range (midnight UTC of {@code from}). */
    public Instant startInclusive() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Midnight UTC after {@code to}: the range is {@code [startInclusive, endExclusive)}. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Every day of the range in order, for series that must show days without any sales too. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
