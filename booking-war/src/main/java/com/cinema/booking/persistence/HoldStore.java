package com.cinema.booking.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seat locks, hold state changes and seat events in plain SQL. Every state change is a conditional UPDATE
 * whose affected-row count decides who won, so any number of replicas may run the same change at once.
 * All methods must run inside a transaction.
 */
@ApplicationScoped
public class HoldStore {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** A seat of a booking as a seat event names it. */
    public record SeatRef(long seatId, String label) {
    }

    /** One seat event as stored. */
    public record StoredEvent(long sequence, long seatId, String label, String status, Instant occurredAt) {
    }

    /**
     * Locks the seats for the booking in one statement, in seat id order (so two holds never wait on each
     * other crosswise). Fails with a duplicate-key error when any seat is locked already.
     */
    public void lockSeats(long showtimeId, long bookingId, List<Long> seatIds, Instant now) {
        List<Long> sorted = seatIds.stream().sorted().toList();
        StringBuilder sql = new StringBuilder(
                "INSERT INTO seat_lock (showtime_id, seat_id, booking_id, locked_at) VALUES ");
        for (int i = 0; i < sorted.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
        }
        var query = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Long seatId : sorted) {
            query.setParameter(p++, showtimeId);
            query.setParameter(p++, seatId);
            query.setParameter(p++, bookingId);
            query.setParameter(p++, ts(now));
        }
        query.executeUpdate();
    }

    /** Appends one event per seat, all with the same status and time. */
    public void addEvents(long showtimeId, List<SeatRef> seats, String status, Instant now) {
        if (seats.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO seat_event (showtime_id, seat_id, label, status, occurred_at) VALUES ");
        for (int i = 0; i < seats.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
        }
        var query = em.createNativeQuery(sql.toString());
        int p = 1;
        for (SeatRef seat : seats) {
            query.setParameter(p++, showtimeId);
            query.setParameter(p++, seat.seatId());
            query.setParameter(p++, seat.label());
            query.setParameter(p++, status);
            query.setParameter(p++, ts(now));
        }
        query.executeUpdate();
    }

    /** The showtime, status, auditorium and start of a showtime as the database has them now. */
    public Object[] showtimeState(long showtimeId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT status, auditorium_id, starts_at FROM showtime WHERE id = ?")
                .setParameter(1, showtimeId).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /**
     * Ends a hold if it still is one: HELD becomes {@code newStatus}; with {@code onlyIfDue} only when its
     * time is up, with {@code userId} only for its owner. Then its seats' events are written and its locks
     * deleted. True when this call made the change (another replica or request may have won).
     */
    public boolean endHold(long bookingId, String newStatus, Long userId, boolean onlyIfDue, Instant now) {
        StringBuilder sql = new StringBuilder("UPDATE booking SET status = ?, version = version + 1, updated_at = ? "
                + "WHERE id = ? AND status = 'HELD'");
        if (onlyIfDue) {
            sql.append(" AND hold_expires_at <= ?");
        }
        if (userId != null) {
            sql.append(" AND user_id = ?");
        }
        var update = em.createNativeQuery(sql.toString());
        int p = 1;
        update.setParameter(p++, newStatus);
        update.setParameter(p++, ts(now));
        update.setParameter(p++, bookingId);
        if (onlyIfDue) {
            update.setParameter(p++, ts(now));
        }
        if (userId != null) {
            update.setParameter(p, userId);
        }
        if (update.executeUpdate() != 1) {
            return false;
        }
        freeSeats(bookingId, now);
        return true;
    }

    /** Writes AVAILABLE events for the booking's locked seats and deletes the locks. */
    private void freeSeats(long bookingId, Instant now) {
        em.createNativeQuery("INSERT INTO seat_event (showtime_id, seat_id, label, status, occurred_at) "
                        + "SELECT l.showtime_id, l.seat_id, t.seat_label, 'AVAILABLE', ? FROM seat_lock l "
                        + "JOIN ticket t ON t.booking_id = l.booking_id AND t.seat_id = l.seat_id "
                        + "WHERE l.booking_id = ?")
                .setParameter(1, ts(now)).setParameter(2, bookingId).executeUpdate();
        em.createNativeQuery("DELETE FROM seat_lock WHERE booking_id = ?")
                .setParameter(1, bookingId).executeUpdate();
    }

    /** HELD bookings whose time is up, oldest first. */
    public List<Long> dueHolds(Instant now, int limit) {
        return longs(em.createNativeQuery("SELECT id FROM booking WHERE status = 'HELD' AND hold_expires_at <= ? "
                        + "ORDER BY hold_expires_at, id")
                .setParameter(1, ts(now)).setMaxResults(limit).getResultList());
    }

    /** HELD bookings of the showtime whose time is up and that lock any of the seats. */
    public List<Long> dueHoldsLocking(long showtimeId, Collection<Long> seatIds, Instant now) {
        return longs(dueHoldsQuery(showtimeId, seatIds, now));
    }

    private List<?> dueHoldsQuery(long showtimeId, Collection<Long> seatIds, Instant now) {
        var query = em.createNativeQuery("SELECT DISTINCT b.id FROM seat_lock l JOIN booking b ON b.id = l.booking_id "
                + "WHERE l.showtime_id = ? AND l.seat_id IN " + in(seatIds.size())
                + " AND b.status = 'HELD' AND b.hold_expires_at <= ?");
        int p = 1;
        query.setParameter(p++, showtimeId);
        for (Long id : seatIds) {
            query.setParameter(p++, id);
        }
        query.setParameter(p, ts(now));
        return query.getResultList();
    }

    /** HELD bookings of the showtime (any expiry). */
    public List<Long> heldBookingsOf(long showtimeId) {
        return longs(em.createNativeQuery("SELECT id FROM booking WHERE showtime_id = ? AND status = 'HELD'")
                .setParameter(1, showtimeId).getResultList());
    }

    /** Status of every locked seat of the showtime: HELD or SOLD; holds whose time is up are left out. */
    public Map<Long, String> lockedSeats(long showtimeId, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT l.seat_id, b.status FROM seat_lock l "
                        + "JOIN booking b ON b.id = l.booking_id WHERE l.showtime_id = ? "
                        + "AND (b.status IN ('CONFIRMED', 'PAYMENT_PENDING') "
                        + "OR (b.status = 'HELD' AND b.hold_expires_at > ?))")
                .setParameter(1, showtimeId).setParameter(2, ts(now)).getResultList();
        Map<Long, String> statuses = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            statuses.put(((Number) cells[0]).longValue(), "CONFIRMED".equals(cells[1]) ? "SOLD" : "HELD");
        }
        return statuses;
    }

    /** Seats held (in time) or sold per showtime, for the given showtimes; absent means none. */
    public Map<Long, Integer> occupiedCounts(Collection<Long> showtimeIds, Instant now) {
        Map<Long, Integer> counts = new HashMap<>();
        if (showtimeIds.isEmpty()) {
            return counts;
        }
        List<Long> ids = new ArrayList<>(showtimeIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            var query = em.createNativeQuery("SELECT l.showtime_id, COUNT(*) FROM seat_lock l "
                    + "JOIN booking b ON b.id = l.booking_id WHERE l.showtime_id IN " + in(chunk.size())
                    + " AND (b.status IN ('CONFIRMED', 'PAYMENT_PENDING') "
                    + "OR (b.status = 'HELD' AND b.hold_expires_at > ?)) GROUP BY l.showtime_id");
            int p = 1;
            for (Long id : chunk) {
                query.setParameter(p++, id);
            }
            query.setParameter(p, ts(now));
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue());
            }
        }
        return counts;
    }

    /** Whether any seat of the showtime is held (in time) or sold. */
    public boolean isOccupied(long showtimeId, Instant now) {
        return occupiedCounts(List.of(showtimeId), now).getOrDefault(showtimeId, 0) > 0;
    }

    /** Events of the showtime after {@code after} and not younger than {@code settled}, oldest first. */
    public List<StoredEvent> eventsAfter(long showtimeId, long after, Instant settled, int limit) {
        List<?> rows = em.createNativeQuery("SELECT seq, seat_id, label, status, occurred_at FROM seat_event "
                        + "WHERE showtime_id = ? AND seq > ? AND occurred_at <= ? ORDER BY seq")
                .setParameter(1, showtimeId).setParameter(2, after).setParameter(3, ts(settled))
                .setMaxResults(limit).getResultList();
        List<StoredEvent> events = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            events.add(new StoredEvent(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2],
                    (String) c[3], instant(c[4])));
        }
        return events;
    }

    /** The newest settled event's sequence of the showtime, 0 when none. */
    public long lastSequence(long showtimeId, Instant settled) {
        Object max = em.createNativeQuery("SELECT MAX(seq) FROM seat_event WHERE showtime_id = ? AND occurred_at <= ?")
                .setParameter(1, showtimeId).setParameter(2, ts(settled)).getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    public int pruneEvents(Instant olderThan) {
        return em.createNativeQuery("DELETE FROM seat_event WHERE occurred_at < ?")
                .setParameter(1, ts(olderThan)).executeUpdate();
    }

    public long activeHolds(Instant now) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM booking WHERE status = 'HELD' AND hold_expires_at > ?")
                .setParameter(1, ts(now)).getSingleResult()).longValue();
    }

    /**
     * Takes the auditorium's schedule lock for the rest of the transaction. The row is created first
     * (INSERT IGNORE, harmless when it exists), then locked FOR UPDATE.
     */
    public void lockAuditoriumSchedule(long auditoriumId) {
        em.createNativeQuery("INSERT IGNORE INTO auditorium_schedule_lock (auditorium_id) VALUES (?)")
                .setParameter(1, auditoriumId).executeUpdate();
        em.createNativeQuery("SELECT auditorium_id FROM auditorium_schedule_lock WHERE auditorium_id = ? FOR UPDATE")
                .setParameter(1, auditoriumId).getResultList();
    }

    private static String in(int size) {
        StringBuilder marks = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.append(")").toString();
    }

    private static List<Long> longs(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }
}
