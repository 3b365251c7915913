package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Tickets sold for one movie; its title is resolved by {@link DashboardGraphQlApi}, batched. */
@Description("Tickets sold for one movie's showtimes")
public class MovieSales {
    @Id
    @NonNull
    public String movieId;
    public int ticketsSold;
}
