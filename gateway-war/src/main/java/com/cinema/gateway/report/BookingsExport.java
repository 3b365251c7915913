package com.cinema.gateway.report;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.booking.BookingFilter;
import com.cinema.gateway.api.booking.BookingPage;
import com.cinema.gateway.api.showtime.Showtime;
import com.cinema.gateway.client.BookingServiceClient;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code bookings.csv}: every booking made in the period (any status), newest first, with its customer's name and
 * e-mail and its showtime.
 */
final class BookingsExport implements CsvExport {

    private final BookingServiceClient bookings;
    private final ReportNames names;
    private final BookingFilter filter = new BookingFilter();
    private final int pageSize;
    private long total = Long.MAX_VALUE;
    private int page;

    BookingsExport(BookingServiceClient bookings, ReportNames names, ReportPeriod period, int pageSize) {
        this.bookings = bookings;
        this.names = names;
        this.pageSize = pageSize;
        filter.from = period.startInclusive().atOffset(ZoneOffset.UTC);
        filter.to = period.endExclusive().atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<String> header() {
        return List.of("bookingId", "code", "status", "createdAt", "userId", "customerName", "customerEmail",
                "showtimeId", "showtimeStartsAt", "movieId", "movieTitle", "cinemaId", "cinemaName", "tickets",
                "subtotalCents", "discountCents", "totalCents", "currency", "couponCode");
    }

    @Override
    public List<List<Object>> nextRows() {
        if ((long) page * pageSize >= total) {
            return List.of();
        }
        BookingPage result = bookings.bookings(filter, page++, pageSize);
        total = result.total;
        List<Booking> items = result.items == null ? List.of() : result.items;
        Map<String, Showtime> showtimes = items.isEmpty() ? Map.of()
                : bookings.showtimesByIds(items.stream().map(b -> b.showtimeId).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity(), (a, b) -> a));
        names.loadMovies(showtimes.values().stream().map(s -> s.movieId).toList());
        names.loadCinemas(showtimes.values().stream().map(s -> s.cinemaId).toList());
        names.loadCustomers(items.stream().map(b -> b.userId).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (Booking b : items) {
            Showtime s = showtimes.get(b.showtimeId);
            rows.add(Arrays.asList(b.id, b.code, b.status, b.createdAt, b.userId, names.customerName(b.userId),
                    names.customerEmail(b.userId), b.showtimeId,
                    s == null ? null : s.startsAt, s == null ? null : s.movieId, s == null ? null : names.title(s.movieId),
                    s == null ? null : s.cinemaId, s == null ? null : names.cinemaName(s.cinemaId),
                    b.tickets == null ? 0 : b.tickets.size(), b.subtotalCents, b.discountCents, b.totalCents,
                    b.currency, CsvCells.text(b.couponCode)));
        }
        return rows;
    }
}
