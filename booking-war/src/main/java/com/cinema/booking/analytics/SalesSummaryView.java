package com.cinema.booking.analytics;

import com.cinema.booking.analytics.SalesFigures.Summary;
import com.cinema.booking.domain.TicketType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL {@code SalesSummary}: the booking service's part of the admin dashboard. */
@Type("SalesSummary")
@Description("Confirmed bookings made in the period (UTC days, both included) and the occupancy of the "
        + "scheduled showtimes starting in it")
public class SalesSummaryView {

    @NonNull
    public LocalDate from;
    @NonNull
    public LocalDate to;
    @Description("Tickets of the bookings confirmed (and not since cancelled or refunded)")
    public int ticketsSold;
    public int bookingsConfirmed;
    @Description("Seats sold over the showtimes starting in the period")
    public long seatsSold;
    @Description("Seats offered over the showtimes starting in the period")
    public long capacity;
    @Description("seatsSold as a percentage of capacity, one decimal")
    public double occupancyPercent;
    @NonNull
    @Description("Most tickets first")
    public List<@NonNull MovieSales> topMovies;
    @NonNull
    @Description("Every day of the period, zero where nothing was sold")
    public List<@NonNull DailyBookings> bookingsPerDay;
    @NonNull
    public List<@NonNull CinemaOccupancy> occupancyByCinema;
    @NonNull
    @Description("Tickets per ticket type (Adult, Child, Senior, Student), most first; types with none are left out")
    public List<@NonNull TicketTypeSales> ticketsByType;

    static SalesSummaryView of(LocalDate from, LocalDate to, Summary summary) {
        SalesSummaryView view = new SalesSummaryView();
        view.from = from;
        view.to = to;
        view.ticketsSold = summary.tickets();
        view.bookingsConfirmed = summary.bookings();
        view.seatsSold = summary.seatsSold();
        view.capacity = summary.capacity();
        view.occupancyPercent = summary.occupancyPercent();
        view.topMovies = summary.topMovies().stream().map(m -> {
            MovieSales movie = new MovieSales();
            movie.movieId = String.valueOf(m.movieId());
            movie.ticketsSold = m.tickets();
            return movie;
        }).toList();
        view.bookingsPerDay = summary.perDay().stream().map(d -> {
            DailyBookings day = new DailyBookings();
            day.date = d.day();
            day.bookings = d.bookings();
            day.ticketsSold = d.tickets();
            return day;
        }).toList();
        view.occupancyByCinema = summary.byCinema().stream().map(c -> {
            CinemaOccupancy cinema = new CinemaOccupancy();
            cinema.cinemaId = String.valueOf(c.cinemaId());
            cinema.showtimes = c.showtimes();
            cinema.seatsSold = c.seatsSold();
            cinema.capacity = c.capacity();
            cinema.occupancyPercent = c.percent();
            return cinema;
        }).toList();
        view.ticketsByType = summary.byTicketType().stream().map(t -> {
            TicketTypeSales type = new TicketTypeSales();
            type.ticketType = t.type();
            type.ticketsSold = t.tickets();
            return type;
        }).toList();
        return view;
    }

    @Type("TicketTypeSales")
    public static class TicketTypeSales {
        @NonNull
        public TicketType ticketType;
        public int ticketsSold;
    }

    @Type("MovieSales")
    public static class MovieSales {
        @Id
        @NonNull
        public String movieId;
        public int ticketsSold;
    }

    @Type("DailyBookings")
    public static class DailyBookings {
        @NonNull
        public LocalDate date;
        public int bookings;
        public int ticketsSold;
    }

    @Type("CinemaOccupancy")
    public static class CinemaOccupancy {
        @Id
        @NonNull
        public String cinemaId;
        public int showtimes;
        public long seatsSold;
        public long capacity;
        public double occupancyPercent;
    }
}
