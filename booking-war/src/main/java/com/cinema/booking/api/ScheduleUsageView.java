package com.cinema.booking.api;

import com.cinema.booking.domain.ScheduleUsage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code ScheduleUsage}: future scheduled showtimes using something. */
@Type("ScheduleUsage")
public class ScheduleUsageView {

    @Description("Scheduled showtimes starting after now")
    public int futureShowtimes;
    @Description("Of those, the ones with at least one seat held or sold")
    public int futureShowtimesWithOccupiedSeats;

    static ScheduleUsageView of(ScheduleUsage usage) {
        ScheduleUsageView view = new ScheduleUsageView();
        view.futureShowtimes = usage.futureShowtimes();
        view.futureShowtimesWithOccupiedSeats = usage.futureShowtimesWithOccupiedSeats();
        return view;
    }
}
