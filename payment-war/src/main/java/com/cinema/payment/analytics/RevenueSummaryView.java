package com.cinema.payment.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The GraphQL {@code RevenueSummary}: the payment service's part of the admin dashboard. */
@Type("RevenueSummary")
@Description("Payments captured in the period (UTC days, both included), net of their refunds; one total per "
        + "currency, never added across currencies")
public class RevenueSummaryView {

    @NonNull
    public LocalDate from;
    @NonNull
    public LocalDate to;
    @Description("Captured payments made in the period")
    public int payments;
    @NonNull
    @Description("Charged minus refunded, per currency")
    public List<@NonNull MoneyTotal> revenue;
    @NonNull
    @Description("Refunded so far of the period's payments, per currency")
    public List<@NonNull MoneyTotal> refunded;
    @NonNull
    @Description("Net revenue per day and currency; days without payments are left out")
    public List<@NonNull DailyRevenue> revenuePerDay;

    static RevenueSummaryView of(LocalDate from, LocalDate to, RevenueReport.Takings takings) {
        RevenueSummaryView view = new RevenueSummaryView();
        view.from = from;
        view.to = to;
        view.payments = takings.payments();
        view.revenue = totals(takings.revenue());
        view.refunded = totals(takings.refunded());
        view.revenuePerDay = takings.perDay().stream().map(d -> {
            DailyRevenue day = new DailyRevenue();
            day.date = d.day();
            day.currency = d.currency();
            day.amountCents = d.netCents();
            return day;
        }).toList();
        return view;
    }

    private static List<MoneyTotal> totals(Map<String, Long> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> {
            MoneyTotal total = new MoneyTotal();
            total.currency = e.getKey();
            total.amountCents = e.getValue();
            return total;
        }).toList();
    }

    @Type("MoneyTotal")
    public static class MoneyTotal {
        @NonNull
        @Description("ISO 4217 code, e.g. GBP")
        public String currency;
        @Description("In minor units of the currency")
        public long amountCents;
    }

    @Type("DailyRevenue")
    public static class DailyRevenue {
        @NonNull
        public LocalDate date;
        @NonNull
        public String currency;
        public long amountCents;
    }
}
