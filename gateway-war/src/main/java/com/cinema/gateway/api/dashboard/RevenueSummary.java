package com.cinema.gateway.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The payment service's {@code revenueSummary}, as the gateway reads it (not part of the public schema). */
public class RevenueSummary {
    public LocalDate from;
    public LocalDate to;
    public int payments;
    public List<MoneyTotal> revenue;
    public List<MoneyTotal> refunded;
    public List<DailyRevenue> revenuePerDay;
}
