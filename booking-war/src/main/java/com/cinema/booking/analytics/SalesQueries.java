package com.cinema.booking.analytics;

import com.cinema.booking.analytics.SalesFigures.CinemaOccupancy;
import com.cinema.booking.analytics.SalesFigures.DaySales;
import com.cinema.booking.analytics.SalesFigures.MovieSales;
import com.cinema.booking.analytics.SalesFigures.ShowtimeOccupancy;
import com.cinema.booking.analytics.SalesFigures.TicketTypeSales;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.ShowtimeStatus;
import com.cinema.booking.domain.TicketType;
import com.cinema.common.reporting.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate reads behind the staff reports: plain SQL that runs unchanged on H2 (MySQL mode) and MySQL 8 /
 * MariaDB, grouped in the database so no booking row travels. Days are UTC days: the servers run in UTC (the
 * shared jvm.options) and timestamps are stored in UTC.
 */
@ApplicationScoped
public class SalesQueries {

    /** Confirmed bookings made in [?, ?), as b. */
    private static final String SOLD = " WHERE b.status = ? AND b.created_at >= ? AND b.created_at < ?";

    /** Scheduled showtimes starting in [?, ?), as s. */
    private static final String SHOWING = " WHERE s.status = ? AND s.starts_at >= ? AND s.starts_at < ?";

    /** Tickets of each showtime's confirmed bookings, as sold(showtime_id, seats), for the showtimes in SHOWING. */
    private static final String SOLD_PER_SHOWTIME = "(SELECT b.showtime_id, COUNT(t.id) AS seats FROM booking b "
            + "JOIN ticket t ON t.booking_id = b.id JOIN showtime s ON s.id = b.showtime_id "
            + "WHERE b.status = ? AND s.status = ? AND s.starts_at >= ? AND s.starts_at < ? GROUP BY b.showtime_id) sold";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** Confirmed bookings and their tickets per UTC day the booking was made; days without any are missing. */
    public List<DaySales> salesPerDay(ReportPeriod period) {
        Query query = em.createNativeQuery("SELECT CAST(b.created_at AS DATE), COUNT(DISTINCT b.id), COUNT(t.id) "
                + "FROM booking b JOIN ticket t ON t.booking_id = b.id" + SOLD
                + " GROUP BY CAST(b.created_at AS DATE) ORDER BY 1");
        bindSold(query, 1, period);
        List<DaySales> days = new ArrayList<>();
        for (Object[] row : rows(query)) {
            days.add(new DaySales(day(row[0]), integer(row[1]), integer(row[2])));
        }
        return days;
    }

    /** The movies with the most tickets sold, most first (ties by movie id). */
    public List<MovieSales> topMovies(ReportPeriod period, int limit) {
        Query query = em.createNativeQuery("SELECT s.movie_id, COUNT(t.id) FROM booking b "
                + "JOIN ticket t ON t.booking_id = b.id JOIN showtime s ON s.id = b.showtime_id" + SOLD
                + " GROUP BY s.movie_id ORDER BY 2 DESC, 1");
        bindSold(query, 1, period);
        query.setMaxResults(limit);
        List<MovieSales> movies = new ArrayList<>();
        for (Object[] row : rows(query)) {
            movies.add(new MovieSales(number(row[0]), integer(row[1])));
        }
        return movies;
    }

    /** Tickets of the period's confirmed bookings per ticket type, most first; types with none are left out. */
    public List<TicketTypeSales> ticketsByType(ReportPeriod period) {
        Query query = em.createNativeQuery("SELECT t.ticket_type, COUNT(t.id) FROM booking b "
                + "JOIN ticket t ON t.booking_id = b.id" + SOLD + " GROUP BY t.ticket_type ORDER BY 2 DESC, 1");
        bindSold(query, 1, period);
        List<TicketTypeSales> types = new ArrayList<>();
        for (Object[] row : rows(query)) {
            types.add(new TicketTypeSales(TicketType.valueOf(String.valueOf(row[0])), integer(row[1])));
        }
        return types;
    }

    /** Seats sold and offered per cinema over the showtimes starting in the period, by cinema id. */
    public List<CinemaOccupancy> occupancyByCinema(ReportPeriod period) {
        Query query = em.createNativeQuery("SELECT s.cinema_id, COUNT(*), SUM(s.capacity), "
                + "SUM(COALESCE(sold.seats, 0)) FROM showtime s LEFT JOIN " + SOLD_PER_SHOWTIME
                + " ON sold.showtime_id = s.id" + SHOWING + " GROUP BY s.cinema_id ORDER BY s.cinema_id");
        int next = bindSoldPerShowtime(query, 1, period);
        bindShowing(query, next, period);
        List<CinemaOccupancy> cinemas = new ArrayList<>();
        for (Object[] row : rows(query)) {
            cinemas.add(new CinemaOccupancy(number(row[0]), integer(row[1]), number(row[3]), number(row[2])));
        }
        return cinemas;
    }

    /** One page of the showtimes starting in the period with their seats sold, earliest first. */
    public List<ShowtimeOccupancy> occupancyByShowtime(ReportPeriod period, long offset, int limit) {
        Query query = em.createNativeQuery("SELECT s.id, s.movie_id, s.cinema_id, s.auditorium_id, s.starts_at, "
                + "COALESCE(sold.seats, 0), s.capacity FROM showtime s LEFT JOIN " + SOLD_PER_SHOWTIME
                + " ON sold.showtime_id = s.id" + SHOWING + " ORDER BY s.starts_at, s.id");
        int next = bindSoldPerShowtime(query, 1, period);
        bindShowing(query, next, period);
        query.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE));
        query.setMaxResults(limit);
        List<ShowtimeOccupancy> showtimes = new ArrayList<>();
        for (Object[] row : rows(query)) {
            showtimes.add(new ShowtimeOccupancy(number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                    instant(row[4]), integer(row[5]), integer(row[6])));
        }
        return showtimes;
    }

    /** How many showtimes {@link #occupancyByShowtime} pages through. */
    public long countShowtimes(ReportPeriod period) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM showtime s" + SHOWING);
        bindShowing(query, 1, period);
        return number(query.getSingleResult());
    }

    private static int bindSold(Query query, int first, ReportPeriod period) {
        query.setParameter(first, BookingStatus.CONFIRMED.name());
        query.setParameter(first + 1, Timestamp.from(period.startInclusive()));
        query.setParameter(first + 2, Timestamp.from(period.endExclusive()));
        return first + 3;
    }

    private static int bindShowing(Query query, int first, ReportPeriod period) {
        query.setParameter(first, ShowtimeStatus.SCHEDULED.name());
        query.setParameter(first + 1, Timestamp.from(period.startInclusive()));
        query.setParameter(first + 2, Timestamp.from(period.endExclusive()));
        return first + 3;
    }

    private static int bindSoldPerShowtime(Query query, int first, ReportPeriod period) {
        query.setParameter(first, BookingStatus.CONFIRMED.name());
        return bindShowing(query, first + 1, period);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return Math.toIntExact(number(value));
    }

    private static LocalDate day(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
