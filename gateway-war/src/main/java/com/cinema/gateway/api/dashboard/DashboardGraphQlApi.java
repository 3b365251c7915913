package com.cinema.gateway.api.dashboard;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.showtime.CatalogueReferences;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.PaymentServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The admin dashboard (docs/api.md, "Admin dashboard and exports"). The gateway settles the period once and asks
 * the booking service (tickets, occupancy) and the payment service (money) for exactly that period, so a request
 * made at midnight cannot mix two days. Movie titles and cinema names are loaded once per request for all rows
 * ({@link ReferenceLoader}); while the movie or cinema service is down only those fields are null.
 */
@GraphQLApi
@ApplicationScoped
public class DashboardGraphQlApi {

    @Inject
    BookingServiceClient bookings;

    @Inject
    PaymentServiceClient payments;

    @Inject
    CatalogueReferences catalogue;

    @Inject
    ReferenceLoader references;

    /** CINEMA_REPORTS_DEFAULT_DAYS: the days the dashboard covers when no dates are given. */
    @Inject
    @ConfigProperty(name = "cinema.reports.default-days", defaultValue = "30")
    int defaultDays;

    /** CINEMA_REPORTS_MAX_DAYS: the longest period one report may cover (the services apply the same cap). */
    @Inject
    @ConfigProperty(name = "cinema.reports.max-days", defaultValue = "366")
    int maxDays;

    Clock clock = Clock.systemUTC();

    @Query("dashboard")
    @Description("Revenue, refunds, tickets sold, bookings confirmed, occupancy, top movies and bookings per day of a "
            + "period of UTC days, both ends included; no dates = the last 30 days (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull Dashboard dashboard(@Name("from") LocalDate from, @Name("to") LocalDate to) {
        ReportPeriod period = period(from, to);
        SalesSummary sales = bookings.salesSummary(period.from(), period.to());
        RevenueSummary money = payments.revenueSummary(period.from(), period.to());
        Dashboard dashboard = Dashboard.of(sales, money);
        dashboard.topMovies.forEach(m -> references.register(ReferenceLoader.MOVIE, m.movieId));
        dashboard.occupancyByCinema.forEach(c -> references.register(ReferenceLoader.CINEMA, c.cinemaId));
        return dashboard;
    }

    /** The period a report covers, read the same way by the dashboard and the CSV exports. */
    public ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.of(from, to, clock, defaultDays, maxDays);
    }

    @Name("title")
    @Description("The movie's title; null with an UPSTREAM_UNAVAILABLE error while the movie service is down, "
            + "null alone for a movie deleted since")
    public String title(@Source MovieSales sales) {
        Movie movie = catalogue.movie(sales.movieId);
        return movie == null ? null : movie.title;
    }

    @Name("cinemaName")
    @Description("The cinema's name; null with an UPSTREAM_UNAVAILABLE error while the cinema service is down")
    public String cinemaName(@Source CinemaOccupancy occupancy) {
        Cinema cinema = catalogue.cinema(occupancy.cinemaId);
        return cinema == null ? null : cinema.name;
    }
}
