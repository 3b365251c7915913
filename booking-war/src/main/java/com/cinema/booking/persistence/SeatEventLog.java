package com.cinema.booking.persistence;

import com.cinema.booking.domain.SeatEvent;
import com.cinema.booking.domain.SeatEvents;
import com.cinema.booking.domain.SeatStatus;
import com.cinema.booking.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static com.cinema.booking.persistence.NativeSql.instant;
import static com.cinema.booking.persistence.NativeSql.rows;
import static com.cinema.booking.persistence.NativeSql.ts;

/** The seat_event table: an auto-increment sequence orders the events of every replica. */
@ApplicationScoped
public class SeatEventLog implements SeatEvents {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Override
    public void record(long showtimeId, Collection<Ticket> seats, SeatStatus status, Instant at) {
        if (seats.isEmpty()) {
            return;
        }
        var insert = em.createNativeQuery("INSERT INTO seat_event (showtime_id, seat_id, label, status, occurred_at) "
                + "VALUES " + rows(seats.size(), 5));
        int p = 1;
        for (Ticket seat : seats) {
            insert.setParameter(p++, showtimeId);
            insert.setParameter(p++, seat.getSeatId());
            insert.setParameter(p++, seat.getSeatLabel());
            insert.setParameter(p++, status.name());
            insert.setParameter(p++, ts(at));
        }
        insert.executeUpdate();
    }

    @Override
    public List<SeatEvent> after(long showtimeId, long sequence, Instant settledBy, int limit) {
        List<?> rows = em.createNativeQuery("SELECT seq, seat_id, label, status, occurred_at FROM seat_event "
                        + "WHERE showtime_id = ? AND seq > ? AND occurred_at <= ? ORDER BY seq")
                .setParameter(1, showtimeId).setParameter(2, sequence).setParameter(3, ts(settledBy))
                .setMaxResults(limit).getResultList();
        List<SeatEvent> events = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            events.add(new SeatEvent(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2],
                    SeatStatus.valueOf((String) c[3]), instant(c[4])));
        }
        return events;
    }

    @Override
    public long lastSequence(long showtimeId, Instant settledBy) {
        Object max = em.createNativeQuery("SELECT MAX(seq) FROM seat_event WHERE showtime_id = ? AND occurred_at <= ?")
                .setParameter(1, showtimeId).setParameter(2, ts(settledBy)).getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    @Override
    public int prune(Instant before) {
        return em.createNativeQuery("DELETE FROM seat_event WHERE occurred_at < ?")
                .setParameter(1, ts(before)).executeUpdate();
    }
}
