package com.cinema.gateway.api.showtime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The booking service's scheduling rules, passed through unchanged. */
@Type("SchedulingRules")
@Description("The rules the booking service applies when a showtime is created or moved")
public class SchedulingRules {
    @NonNull
    @Description("Minutes an auditorium stays empty after a showtime ends before the next may start")
    public int cleaningGapMinutes;
    @NonNull
    @Description("The most consecutive days one scheduleShowtimeRun may fill")
    public int maxRunDays;
}
