package com.cinema.booking.analytics;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The GraphQL {@code ShowtimeOccupancyPage}: scheduled showtimes of a period with their seats sold. */
@Type("ShowtimeOccupancyPage")
public class ShowtimeOccupancyPage {

    @NonNull
    public List<@NonNull Row> items;
    public int total;
    public int page;
    public int size;

    static ShowtimeOccupancyPage of(SalesReport.Page result, int page, int size) {
        ShowtimeOccupancyPage view = new ShowtimeOccupancyPage();
        view.items = result.showtimes().stream().map(s -> {
            Row row = new Row();
            row.showtimeId = String.valueOf(s.showtimeId());
            row.movieId = String.valueOf(s.movieId());
            row.cinemaId = String.valueOf(s.cinemaId());
            row.auditoriumId = String.valueOf(s.auditoriumId());
            row.startsAt = s.startsAt().atOffset(ZoneOffset.UTC);
            row.seatsSold = s.seatsSold();
            row.capacity = s.capacity();
            row.occupancyPercent = s.percent();
            return row;
        }).toList();
        view.total = (int) Math.min(result.total(), Integer.MAX_VALUE);
        view.page = page;
        view.size = size;
        return view;
    }

    @Type("ShowtimeOccupancy")
    public static class Row {
        @Id
        @NonNull
        public String showtimeId;
        @Id
        @NonNull
        public String movieId;
        @Id
        @NonNull
        public String cinemaId;
        @Id
        @NonNull
        public String auditoriumId;
        @NonNull
        public OffsetDateTime startsAt;
        public int seatsSold;
        public int capacity;
        public double occupancyPercent;
    }
}
