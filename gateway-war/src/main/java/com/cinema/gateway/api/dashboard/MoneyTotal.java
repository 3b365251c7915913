package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An amount in one currency: the dashboard never adds amounts of different currencies. */
@Description("An amount in one currency; amounts of different currencies are never added together")
public class MoneyTotal {
    @NonNull
    @Description("ISO 4217 code, e.g. GBP")
    public String currency;
    @Description("In minor units of the currency")
    public long amountCents;
}
