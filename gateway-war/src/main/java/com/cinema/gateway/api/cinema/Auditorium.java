package com.cinema.gateway.api.cinema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The public {@code Auditorium} type: a screen with its seat map, field for field the cinema service's. */
public class Auditorium {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String cinemaId;
    @NonNull
    public String name;
    @NonNull
    @Description("STANDARD, THREE_D, IMAX or DOLBY_ATMOS")
    public String format;
    @Description("Seats that can be sold: every seat that is not blocked")
    public int capacity;
    @Description("Rows of the seat map grid, cross aisles included")
    public int rows;
    @Description("Columns of the seat map grid, aisles included")
    public int columns;
    @NonNull
    @Description("Front to back, left to right")
    public List<@NonNull Seat> seats;
}
