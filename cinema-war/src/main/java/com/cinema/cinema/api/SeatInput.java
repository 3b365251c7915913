package com.cinema.cinema.api;

import com.cinema.cinema.domain.SeatLayout;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL {@code SeatInput}: one seat of an auditorium's layout. Every field is checked by the domain, which names it (seats[3].x). */
@Input("SeatInput")
public class SeatInput {

    @Description("Row label, 1 to 4 letters or digits, e.g. F")
    public String row;
    @Description("Seat number within the row, from 1; label = row + number, unique in the auditorium")
    public Integer number;
    @Description("Grid column, 0 = leftmost; less than the auditorium's columns")
    public Integer x;
    @Description("Grid row, 0 = nearest the screen; less than the auditorium's rows")
    public Integer y;
    @Description("STANDARD, PREMIUM, VIP, WHEELCHAIR, COUPLE or COMPANION (beside a wheelchair space)")
    public String type;
    @Description("A blocked seat is never sold; omitted means false")
    public Boolean blocked;

    SeatLayout.SeatSpec toSpec() {
        return new SeatLayout.SeatSpec(row, number, x, y, type, blocked);
    }
}
