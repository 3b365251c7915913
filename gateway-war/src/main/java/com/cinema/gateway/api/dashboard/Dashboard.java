package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The admin dashboard of one period (docs/api.md, "Admin dashboard and exports"): tickets and occupancy from the
 * booking service, money from the payment service, each computed where its data lives and combined here.
 */
@Description("Sales of a period of UTC days, both ends included")
public class Dashboard {
    @NonNull
    public LocalDate from;
    @NonNull
    public LocalDate to;
    @NonNull
    @Description("Payments made in the period, net of their refunds, one entry per currency")
    public List<@NonNull MoneyTotal> revenue;
    @NonNull
    @Description("Refunded of the period's payments, one entry per currency")
    public List<@NonNull MoneyTotal> refunded;
    @Description("Tickets of the bookings made in the period that are confirmed (not cancelled or refunded since)")
    public int ticketsSold;
    public int bookingsConfirmed;
    @Description("Seats sold as a percentage of seats offered over the scheduled showtimes starting in the period")
    public double occupancyPercent;
    @NonNull
    @Description("Most tickets sold first")
    public List<@NonNull MovieSales> topMovies;
    @NonNull
    @Description("Every day of the period, zero where nothing was sold")
    public List<@NonNull DailyBookings> bookingsPerDay;
    @NonNull
    public List<@NonNull CinemaOccupancy> occupancyByCinema;
    @NonNull
    @Description("Tickets per ticket type (Adult, Child, Senior, Student), most first; types with none are left out")
    public List<@NonNull TicketTypeSales> ticketsByType;
    @NonNull
    @Description("Net revenue per day and currency; days without payments are left out")
    public List<@NonNull DailyRevenue> revenuePerDay;

    static Dashboard of(SalesSummary sales, RevenueSummary money) {
        Dashboard dashboard = new Dashboard();
        dashboard.from = sales.from;
        dashboard.to = sales.to;
        dashboard.revenue = orEmpty(money.revenue);
        dashboard.refunded = orEmpty(money.refunded);
        dashboard.ticketsSold = sales.ticketsSold;
        dashboard.bookingsConfirmed = sales.bookingsConfirmed;
        dashboard.occupancyPercent = sales.occupancyPercent;
        dashboard.topMovies = orEmpty(sales.topMovies);
        dashboard.bookingsPerDay = orEmpty(sales.bookingsPerDay);
        dashboard.occupancyByCinema = orEmpty(sales.occupancyByCinema);
        dashboard.ticketsByType = orEmpty(sales.ticketsByType);
        dashboard.revenuePerDay = orEmpty(money.revenuePerDay);
        return dashboard;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
