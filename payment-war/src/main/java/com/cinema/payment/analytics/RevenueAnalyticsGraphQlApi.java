package com.cinema.payment.analytics;

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

/** The payment service's staff report, for the gateway's dashboard (docs/api.md). */
@GraphQLApi
@ApplicationScoped
public class RevenueAnalyticsGraphQlApi {

    @Inject
    RevenueReport report;

    @Query("revenueSummary")
    @Description("Revenue net of refunds and the refunds, per currency and per day, of the payments made in a period "
            + "of UTC days, both ends included; no dates = the last 30 days (staff and services)")
    @RolesAllowed({"ADMIN", "SERVICE"})
    public @NonNull RevenueSummaryView revenueSummary(@Name("from") LocalDate from, @Name("to") LocalDate to) {
        ReportPeriod period = report.period(from, to);
        return RevenueSummaryView.of(period.from(), period.to(), report.takings(period));
    }
}
