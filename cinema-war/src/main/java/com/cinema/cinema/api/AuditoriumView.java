package com.cinema.cinema.api;

import com.cinema.cinema.domain.Auditorium;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL {@code Auditorium} type: a screen with its seat map. */
@Type("Auditorium")
public class AuditoriumView {

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
    public List<@NonNull SeatView> seats;

    static AuditoriumView of(Auditorium auditorium) {
        AuditoriumView view = new AuditoriumView();
        view.id = String.valueOf(auditorium.getId());
        view.cinemaId = String.valueOf(auditorium.getCinemaId());
        view.name = auditorium.getName();
        view.format = auditorium.getFormat().name();
        view.capacity = auditorium.capacity();
        view.rows = auditorium.getRows();
        view.columns = auditorium.getColumns();
        view.seats = auditorium.getSeats().stream().map(SeatView::of).toList();
        return view;
    }
}
