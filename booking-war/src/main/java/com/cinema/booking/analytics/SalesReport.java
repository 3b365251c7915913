package com.cinema.booking.analytics;

import com.cinema.booking.analytics.SalesFigures.DaySales;
import com.cinema.booking.analytics.SalesFigures.ShowtimeOccupancy;
import com.cinema.booking.analytics.SalesFigures.Summary;
import com.cinema.booking.domain.Transactions;
import com.cinema.common.paging.PageRequest;
import com.cinema.common.reporting.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The staff reports of the booking service: one period's sales summary and its showtimes' occupancy. */
@ApplicationScoped
public class SalesReport {

    @Inject
    SalesQueries queries;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /** CINEMA_REPORTS_DEFAULT_DAYS: the days a report covers when no dates are given. */
    @Inject
    @ConfigProperty(name = "cinema.reports.default-days", defaultValue = "30")
    int defaultDays;

    /** CINEMA_REPORTS_MAX_DAYS: the longest period one report may cover. */
    @Inject
    @ConfigProperty(name = "cinema.reports.max-days", defaultValue = "366")
    int maxDays;

    /** CINEMA_REPORTS_TOP_MOVIES: how many movies the top list has at most. */
    @Inject
    @ConfigProperty(name = "cinema.reports.top-movies", defaultValue = "5")
    int topMovies;

    public ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.of(from, to, clock, defaultDays, maxDays);
    }

    /** Every figure of the period read in one transaction, so they agree with each other. */
    public Summary summary(ReportPeriod period) {
        return transactions.inOne(() -> new Summary(everyDay(period, queries.salesPerDay(period)),
                queries.topMovies(period, topMovies), queries.occupancyByCinema(period), queries.ticketsByType(period)));
    }

    public Page occupancy(ReportPeriod period, PageRequest request) {
        return transactions.inOne(() -> new Page(
                queries.occupancyByShowtime(period, request.offset(), request.size()), queries.countShowtimes(period)));
    }

    /** One page of showtimes and how many there are in all. */
    public record Page(List<ShowtimeOccupancy> showtimes, long total) {
    }

    /** The days with sales, and zero for each day of the period without any, in order. */
    static List<DaySales> everyDay(ReportPeriod period, List<DaySales> withSales) {
        Map<LocalDate, DaySales> byDay = withSales.stream().collect(Collectors.toMap(DaySales::day, Function.identity()));
        return period.days().stream().map(day -> byDay.getOrDefault(day, new DaySales(day, 0, 0))).toList();
    }
}
