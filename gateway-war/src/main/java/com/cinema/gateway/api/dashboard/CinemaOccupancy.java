package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Seats sold against seats offered at one cinema; its name is resolved by {@link DashboardGraphQlApi}, batched. */
@Description("Seats sold against seats offered over one cinema's scheduled showtimes starting in the period")
public class CinemaOccupancy {
    @Id
    @NonNull
    public String cinemaId;
    public int showtimes;
    public long seatsSold;
    public long capacity;
    @Description("seatsSold as a percentage of capacity, one decimal")
    public double occupancyPercent;
}
