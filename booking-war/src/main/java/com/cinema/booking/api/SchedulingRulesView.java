package com.cinema.booking.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Duration;

/** The GraphQL {@code SchedulingRules}: what the booking service applies when a showtime is placed. */
@Type("SchedulingRules")
public class SchedulingRulesView {

    @NonNull
    @Description("Minutes an auditorium stays empty after a showtime ends before the next may start "
            + "(cinema.booking.cleaning-gap, rounded up to whole minutes)")
    public int cleaningGapMinutes;

    @NonNull
    @Description("The most consecutive days one scheduleShowtimeRun may fill (cinema.booking.max-run-days)")
    public int maxRunDays;

    static SchedulingRulesView of(Duration cleaningGap, int maxRunDays) {
        SchedulingRulesView view = new SchedulingRulesView();
        view.maxRunDays = maxRunDays;
        // Rounded up: a preview that counts a little more gap than the server warns, never lets a clash through.
        long seconds = cleaningGap.toSeconds();
        view.cleaningGapMinutes = Math.toIntExact((seconds + 59) / 60);
        return view;
    }
}
