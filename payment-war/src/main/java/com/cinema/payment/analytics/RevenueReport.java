package com.cinema.payment.analytics;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.payment.analytics.RevenueQueries.DayTakings;
import com.cinema.payment.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Revenue for staff (docs/api.md, "Admin dashboard and exports"): the payments captured in a period, net of what
 * has been refunded of them, per currency and per day. A payment counts on the UTC day it was made; its refunds,
 * whenever they happen, reduce that day, so a period's figure never goes below zero.
 */
@ApplicationScoped
public class RevenueReport {

    @Inject
    RevenueQueries queries;

    @Inject
    Transactions transactions;

    /** CINEMA_REPORTS_DEFAULT_DAYS: the days a report covers when no dates are given. */
    @Inject
    @ConfigProperty(name = "cinema.reports.default-days", defaultValue = "30")
    int defaultDays;

    /** CINEMA_REPORTS_MAX_DAYS: the longest period one report may cover. */
    @Inject
    @ConfigProperty(name = "cinema.reports.max-days", defaultValue = "366")
    int maxDays;

    Clock clock = Clock.systemUTC();

    public ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.of(from, to, clock, defaultDays, maxDays);
    }

    public Takings takings(ReportPeriod period) {
        return new Takings(transactions.run(() -> queries.takingsPerDay(period)));
    }

    /** The days and currencies with payments, and their totals per currency. */
    public record Takings(List<DayTakings> perDay) {

        public int payments() {
            return perDay.stream().mapToInt(DayTakings::payments).sum();
        }

        /** Net of refunds, per currency in code order. */
        public Map<String, Long> revenue() {
            return perCurrency(DayTakings::netCents);
        }

        public Map<String, Long> refunded() {
            return perCurrency(DayTakings::refundedCents);
        }

        private Map<String, Long> perCurrency(ToLongFunction<DayTakings> amount) {
            Map<String, Long> totals = new TreeMap<>();
            for (DayTakings day : perDay) {
                totals.merge(day.currency(), amount.applyAsLong(day), Long::sum);
            }
            return totals;
        }
    }
}
