package com.cinema.booking.persistence;

import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.SeatOccupancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.cinema.booking.persistence.NativeSql.in;
import static com.cinema.booking.persistence.NativeSql.ts;

/** Taken seats from seat_lock joined with the booking that keeps each (see {@link SeatOccupancy}). */
@ApplicationScoped
public class OccupancyQueries implements SeatOccupancy {

    /** Showtimes per query at most, so the IN list stays small. */
    private static final int CHUNK = 500;

    /** Bookings that keep their seats past their hold time, from the domain's own rule. */
    private static final List<String> KEEPING = Arrays.stream(BookingStatus.values())
            .filter(BookingStatus::keepsSeatsPastHoldTime).map(Enum::name).toList();

    /** Every seat lock l with the booking b that keeps it; the queries below add their conditions. */
    private static final String LOCKS = " FROM seat_lock l JOIN booking b ON b.id = l.booking_id WHERE ";

    /** "The booking still keeps its seat at ?" over seat_lock l joined with booking b. */
    private static final String KEEPS = "(b.status IN " + in(KEEPING.size())
            + " OR (b.status = ? AND b.hold_expires_at > ?))";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Override
    public Map<Long, BookingStatus> takenSeats(long showtimeId, Instant now) {
        Query query = em.createNativeQuery("SELECT l.seat_id, b.status" + LOCKS + "l.showtime_id = ? AND " + KEEPS);
        query.setParameter(1, showtimeId);
        bindKeeps(query, 2, now);
        Map<Long, BookingStatus> taken = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            taken.put(((Number) cells[0]).longValue(), BookingStatus.valueOf((String) cells[1]));
        }
        return taken;
    }

    /** One look-up per seat on seat_lock's key (showtime, seat), not a read of the showtime's every lock. */
    @Override
    public Set<Long> takenAmong(long showtimeId, Collection<Long> seatIds, Instant now) {
        if (seatIds.isEmpty()) {
            return Set.of();
        }
        Query query = em.createNativeQuery("SELECT l.seat_id" + LOCKS + "l.showtime_id = ? AND l.seat_id IN "
                + in(seatIds.size()) + " AND " + KEEPS);
        int p = 1;
        query.setParameter(p++, showtimeId);
        for (Long seatId : seatIds) {
            query.setParameter(p++, seatId);
        }
        bindKeeps(query, p, now);
        Set<Long> taken = new HashSet<>();
        for (Object seatId : query.getResultList()) {
            taken.add(((Number) seatId).longValue());
        }
        return taken;
    }

    @Override
    public Map<Long, Integer> takenCounts(Collection<Long> showtimeIds, Instant now) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> ids = new ArrayList<>(showtimeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Query query = em.createNativeQuery("SELECT l.showtime_id, COUNT(*)" + LOCKS + "l.showtime_id IN "
                    + in(chunk.size()) + " AND " + KEEPS + " GROUP BY l.showtime_id");
            int p = 1;
            for (Long id : chunk) {
                query.setParameter(p++, id);
            }
            bindKeeps(query, p, now);
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue());
            }
        }
        return counts;
    }

    private static void bindKeeps(Query query, int first, Instant now) {
        int p = first;
        for (String status : KEEPING) {
            query.setParameter(p++, status);
        }
        query.setParameter(p++, BookingStatus.HELD.name());
        query.setParameter(p, ts(now));
    }
}
