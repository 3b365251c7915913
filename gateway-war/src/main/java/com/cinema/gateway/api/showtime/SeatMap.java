package com.cinema.gateway.api.showtime;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Every seat of a showtime's auditorium with its live status, as the booking service reports it. */
public class SeatMap {

    @Id
    @NonNull
    public String showtimeId;
    public int rows;
    public int columns;
    @NonNull
    public List<@NonNull SeatState> seats;
}
