package com.cinema.gateway.api.cinema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * The public {@code AuditoriumInput}: an auditorium with its whole seat layout. The cinema service checks every
 * rule (at least one seat, inside the grid, one seat per cell, unique labels, known type and format).
 */
@Input("AuditoriumInput")
public class AuditoriumInput {

    @Id
    @NonNull
    public String cinemaId;
    @NonNull
    @Description("Unique within the cinema, ignoring case")
    public String name;
    @NonNull
    @Description("STANDARD, THREE_D, IMAX or DOLBY_ATMOS")
    public String format;
    @NonNull
    @Description("Rows of the seat map grid, cross aisles included")
    public Integer rows;
    @NonNull
    @Description("Columns of the seat map grid, aisles included")
    public Integer columns;
    // Not List<@NonNull SeatInput>: SmallRye 1.0 would make the list itself required.
    @Description("Every seat; cells without a seat are aisles. At least one seat.")
    public List<SeatInput> seats;
}
