package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/**
 * One row of the booking service's {@code showtimeOccupancy}: read for the occupancy export, and the dashboard's
 * per-showtime table, whose movie title and cinema name {@link ShowtimeOccupancyGraphQlApi} resolves, batched.
 */
@Description("Seats sold against seats offered at one scheduled showtime")
public class ShowtimeOccupancy {
    @Id
    @NonNull
    public String showtimeId;
    @Id
    @NonNull
    public String movieId;
    @Id
    @NonNull
    public String cinemaId;
    @Id
    @NonNull
    public String auditoriumId;
    @NonNull
    public OffsetDateTime startsAt;
    public int seatsSold;
    public int capacity;
    @Description("seatsSold as a percentage of capacity, one decimal")
    public double occupancyPercent;
}
