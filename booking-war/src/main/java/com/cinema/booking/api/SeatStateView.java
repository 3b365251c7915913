package com.cinema.booking.api;

import com.cinema.booking.domain.SeatMap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code SeatState}: one seat of a showtime, its status and price now. */
@Type("SeatState")
public class SeatStateView {

    @Id
    @NonNull
    public String seatId;
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
    @Description("STANDARD, PREMIUM, VIP, WHEELCHAIR or COUPLE")
    public String type;
    @NonNull
    @Description("AVAILABLE, HELD, SOLD or BLOCKED")
    public String status;
    @Description("Price of this seat in minor units of the showtime's currency")
    public int priceCents;

    static SeatStateView of(SeatMap.SeatState state) {
        SeatStateView view = new SeatStateView();
        view.seatId = String.valueOf(state.seat().id());
        view.label = state.seat().label();
        view.row = state.seat().row();
        view.number = state.seat().number();
        view.x = state.seat().x();
        view.y = state.seat().y();
        view.type = state.seat().type();
        view.status = state.status().name();
        view.priceCents = state.priceCents();
        return view;
    }
}
