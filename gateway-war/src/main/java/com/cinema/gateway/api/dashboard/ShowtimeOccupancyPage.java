package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One page of the booking service's {@code showtimeOccupancy}. */
public class ShowtimeOccupancyPage {
    @NonNull
    public List<@NonNull ShowtimeOccupancy> items;
    public int total;
    public int page;
    public int size;
}
