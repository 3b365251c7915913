package com.cinema.booking.api;

import com.cinema.booking.domain.SeatMap;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL {@code SeatMap}: every seat of a showtime's auditorium on its grid. */
@Type("SeatMap")
public class SeatMapView {

    @Id
    @NonNull
    public String showtimeId;
    public int rows;
    public int columns;
    @NonNull
    public List<@NonNull SeatStateView> seats;

    /** Yasson keeps its model of each class; one instance is thread-safe. */
    private static final Jsonb JSON = JsonbBuilder.create();

    /** The map as JSON with these field names (the {@code packedSeatMap} query). */
    static String packed(SeatMap map) {
        return JSON.toJson(of(map));
    }

    static SeatMapView of(SeatMap map) {
        SeatMapView view = new SeatMapView();
        view.showtimeId = String.valueOf(map.showtimeId());
        view.rows = map.rows();
        view.columns = map.columns();
        view.seats = map.seats().stream().map(SeatStateView::of).toList();
        return view;
    }
}
