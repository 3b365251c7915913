package com.cinema.gateway.api.cinema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The public {@code Seat} type: one seat of an auditorium and its cell on the seat map. */
public class Seat {

    @Id
    @NonNull
    public String id;
    @NonNull
    @Description("Row label and number, e.g. F7")
    public String label;
    @NonNull
    public String row;
    public int number;
    @Description("Grid column, 0 = leftmost")
    public int x;
    @Description("Grid row, 0 = nearest the screen")
    public int y;
    @NonNull
    @Description("STANDARD, PREMIUM, VIP, WHEELCHAIR, COUPLE or COMPANION (beside a wheelchair space)")
    public String type;
    @Description("A blocked seat is never sold")
    public boolean blocked;
}
