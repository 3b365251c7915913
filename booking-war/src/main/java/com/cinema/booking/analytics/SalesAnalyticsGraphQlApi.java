package com.cinema.booking.analytics;

import com.cinema.common.paging.PageRequest;
import com.cinema.common.reporting.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.LocalDate;

/** Staff reports of the booking service, for the gateway's dashboard and CSV exports (docs/api.md). */
@GraphQLApi
@ApplicationScoped
public class SalesAnalyticsGraphQlApi {

    @Inject
    SalesReport report;

    @Query("salesSummary")
    @Description("Tickets sold, bookings confirmed, occupancy (overall and per cinema), top movies and bookings per "
            + "day of a period of UTC days, both ends included; no dates = the last 30 days (staff and services)")
    @RolesAllowed({"ADMIN", "SERVICE"})
    public @NonNull SalesSummaryView salesSummary(@Name("from") LocalDate from, @Name("to") LocalDate to) {
        ReportPeriod period = report.period(from, to);
        return SalesSummaryView.of(period.from(), period.to(), report.summary(period));
    }

    @Query("showtimeOccupancy")
    @Description("Scheduled showtimes starting in the period with their seats sold, earliest first (staff and "
            + "services); page is zero-based, size defaults to 20 and is capped at 100")
    @RolesAllowed({"ADMIN", "SERVICE"})
    public @NonNull ShowtimeOccupancyPage showtimeOccupancy(@Name("from") LocalDate from, @Name("to") LocalDate to,
                                                            @Name("page") Integer page, @Name("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        ReportPeriod period = report.period(from, to);
        return ShowtimeOccupancyPage.of(report.occupancy(period, request), request.page(), request.size());
    }
}
