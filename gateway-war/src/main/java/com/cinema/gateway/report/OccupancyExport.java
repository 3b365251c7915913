package com.cinema.gateway.report;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.dashboard.ShowtimeOccupancy;
import com.cinema.gateway.api.dashboard.ShowtimeOccupancyPage;
import com.cinema.gateway.client.BookingServiceClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code occupancy.csv}: each scheduled showtime starting in the period with its seats sold, earliest first. */
final class OccupancyExport implements CsvExport {

    private final BookingServiceClient bookings;
    private final ReportNames names;
    private final ReportPeriod period;
    private final int pageSize;
    private long total = Long.MAX_VALUE;
    private int page;

    OccupancyExport(BookingServiceClient bookings, ReportNames names, ReportPeriod period, int pageSize) {
        this.bookings = bookings;
        this.names = names;
        this.period = period;
        this.pageSize = pageSize;
    }

    @Override
    public List<String> header() {
        return List.of("showtimeId", "startsAt", "movieId", "movieTitle", "cinemaId", "cinemaName", "auditoriumId",
                "seatsSold", "capacity", "occupancyPercent");
    }

    @Override
    public List<List<Object>> nextRows() {
        if ((long) page * pageSize >= total) {
            return List.of();
        }
        ShowtimeOccupancyPage result = bookings.showtimeOccupancy(period.from(), period.to(), page++, pageSize);
        total = result.total;
        List<ShowtimeOccupancy> items = result.items == null ? List.of() : result.items;
        names.loadMovies(items.stream().map(s -> s.movieId).toList());
        names.loadCinemas(items.stream().map(s -> s.cinemaId).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (ShowtimeOccupancy s : items) {
            rows.add(Arrays.asList(s.showtimeId, s.startsAt, s.movieId, names.title(s.movieId), s.cinemaId,
                    names.cinemaName(s.cinemaId), s.auditoriumId, s.seatsSold, s.capacity, s.occupancyPercent));
        }
        return rows;
    }
}
