package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Net revenue of one UTC day in one currency (from the payment service). */
@Description("Revenue net of refunds of the payments made on one UTC day, in one currency")
public class DailyRevenue {
    @NonNull
    public LocalDate date;
    @NonNull
    public String currency;
    public long amountCents;
}
