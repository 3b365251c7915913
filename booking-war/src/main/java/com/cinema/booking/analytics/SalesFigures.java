package com.cinema.booking.analytics;

import com.cinema.booking.domain.TicketType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the booking service reports to staff (docs/api.md, "Admin dashboard and exports"). A booking counts when it
 * is CONFIRMED now and was made within the period (cancelled or refunded ones are not sales any more, as the
 * payment service's revenue is net of refunds); occupancy is over the SCHEDULED showtimes starting within it.
 */
public final class SalesFigures {

    private SalesFigures() {
    }

    /** Confirmed bookings made on one UTC day and their tickets. */
    public record DaySales(LocalDate day, int bookings, int tickets) {
    }

    /** Tickets of confirmed bookings of one movie's showtimes. */
    public record MovieSales(long movieId, int tickets) {
    }

    /** Tickets of confirmed bookings sold as one ticket type (ADR 0022): the concession mix. */
    public record TicketTypeSales(TicketType type, int tickets) {
    }

    /** Seats sold against seats offered over the showtimes of one cinema. */
    public record CinemaOccupancy(long cinemaId, int showtimes, long seatsSold, long capacity) {
        public double percent() {
            return SalesFigures.percent(seatsSold, capacity);
        }
    }

    /** One showtime's seats sold against its capacity. */
    public record ShowtimeOccupancy(long showtimeId, long movieId, long cinemaId, long auditoriumId, Instant startsAt,
                                    int seatsSold, int capacity) {
        public double percent() {
            return SalesFigures.percent(seatsSold, capacity);
        }
    }

    /** The whole summary of one period; {@code perDay} has every day of the period, days without sales as zero. */
    public record Summary(List<DaySales> perDay, List<MovieSales> topMovies, List<CinemaOccupancy> byCinema,
                          List<TicketTypeSales> byTicketType) {

        public int bookings() {
            return perDay.stream().mapToInt(DaySales::bookings).sum();
        }

        public int tickets() {
            return perDay.stream().mapToInt(DaySales::tickets).sum();
        }

        public long seatsSold() {
            return byCinema.stream().mapToLong(CinemaOccupancy::seatsSold).sum();
        }

        public long capacity() {
            return byCinema.stream().mapToLong(CinemaOccupancy::capacity).sum();
        }

        public double occupancyPercent() {
            return percent(seatsSold(), capacity());
        }
    }

    /** Sold as a percentage of capacity with one decimal; 0 when nothing was offered. */
    static double percent(long sold, long capacity) {
        return capacity <= 0 ? 0.0 : Math.round(sold * 1000.0 / capacity) / 10.0;
    }
}
