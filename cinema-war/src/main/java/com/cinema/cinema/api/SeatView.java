package com.cinema.cinema.api;

import com.cinema.cinema.domain.Seat;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code Seat} type: one seat of an auditorium and its cell on the seat map. */
@Type("Seat")
public class SeatView {

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

    static SeatView of(Seat seat) {
        SeatView view = new SeatView();
        view.id = String.valueOf(seat.getId());
        view.label = seat.label();
        view.row = seat.getRowLabel();
        view.number = seat.getNumber();
        view.x = seat.getX();
        view.y = seat.getY();
        view.type = seat.getType().name();
        view.blocked = seat.isBlocked();
        return view;
    }
}
