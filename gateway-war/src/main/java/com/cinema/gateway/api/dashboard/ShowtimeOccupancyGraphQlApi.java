package com.cinema.gateway.api.dashboard;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.showtime.CatalogueReferences;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.BookingServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;

/**
 * The dashboard's occupancy per showtime (issue #15): the booking service's page of showtimes starting in the
 * period, for the same period the dashboard settles ({@link DashboardGraphQlApi#period}); movie titles, cinema
 * names and time zones are loaded once per request for the whole page, and only they are null while their service
 * is down.
 */
@GraphQLApi
@ApplicationScoped
public class ShowtimeOccupancyGraphQlApi {

    @Inject
    DashboardGraphQlApi dashboard;

    @Inject
    BookingServiceClient bookings;

    @Inject
    CatalogueReferences catalogue;

    @Inject
    ReferenceLoader references;

    @Query("showtimeOccupancy")
    @Description("Seats sold of seats offered per scheduled showtime starting in a period of UTC days, both ends "
            + "included (no dates = the dashboard's default), earliest first; page is zero-based, size defaults to 20 "
            + "and is capped at 100 (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull ShowtimeOccupancyPage showtimeOccupancy(@Name("from") LocalDate from, @Name("to") LocalDate to,
                                                            @Name("page") Integer page, @Name("size") Integer size) {
        ReportPeriod period = dashboard.period(from, to);
        ShowtimeOccupancyPage result = bookings.showtimeOccupancy(period.from(), period.to(), page, size);
        result.items.forEach(s -> {
            references.register(ReferenceLoader.MOVIE, s.movieId);
            references.register(ReferenceLoader.CINEMA, s.cinemaId);
        });
        return result;
    }

    @Name("movieTitle")
    @Description("The movie's title; null with an UPSTREAM_UNAVAILABLE error while the movie service is down, "
            + "null alone for a movie deleted since")
    public String movieTitle(@Source ShowtimeOccupancy occupancy) {
        Movie movie = catalogue.movie(occupancy.movieId);
        return movie == null ? null : movie.title;
    }

    @Name("cinemaName")
    @Description("The cinema's name; null with an UPSTREAM_UNAVAILABLE error while the cinema service is down")
    public String cinemaName(@Source ShowtimeOccupancy occupancy) {
        Cinema cinema = catalogue.cinema(occupancy.cinemaId);
        return cinema == null ? null : cinema.name;
    }

    @Name("cinemaTimeZone")
    @Description("The cinema's IANA time zone, to show startsAt as its local time; loaded with cinemaName")
    public String cinemaTimeZone(@Source ShowtimeOccupancy occupancy) {
        Cinema cinema = catalogue.cinema(occupancy.cinemaId);
        return cinema == null ? null : cinema.timeZone;
    }
}
