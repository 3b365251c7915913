package com.cinema.booking.persistence;

import com.cinema.booking.domain.Waitlist;
import com.cinema.booking.domain.WaitlistEntry;
import com.cinema.booking.domain.WaitlistStatus;
import com.cinema.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.cinema.booking.persistence.NativeSql.instant;
import static com.cinema.booking.persistence.NativeSql.longs;
import static com.cinema.booking.persistence.NativeSql.ts;

/**
 * The waitlist_entry table (V11) in plain SQL, inside the caller's transaction. Changes are conditional on the
 * entry's status and version (optimistic locking; they run under the showtime's hold lock as well).
 */
@ApplicationScoped
public class WaitlistTable implements Waitlist {

    /** The entry's columns, and its place among the showtime's WAITING entries (0 when not waiting). */
    private static final String SELECT = "SELECT w.id, w.showtime_id, w.user_id, w.seats, w.status, w.email, "
            + "w.booking_id, w.offer_expires_at, w.created_at, w.version, CASE WHEN w.status = 'WAITING' THEN "
            + "(SELECT COUNT(*) FROM waitlist_entry o WHERE o.showtime_id = w.showtime_id AND o.status = 'WAITING' "
            + "AND o.id <= w.id) ELSE 0 END FROM waitlist_entry w ";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Override
    public WaitlistEntry join(long showtimeId, long userId, int seats, String email, Instant now) {
        em.createNativeQuery("INSERT INTO waitlist_entry (showtime_id, user_id, active_user_id, seats, status, email, "
                        + "created_at, updated_at, version) VALUES (?, ?, ?, ?, 'WAITING', ?, ?, ?, 0)")
                .setParameter(1, showtimeId).setParameter(2, userId).setParameter(3, userId).setParameter(4, seats)
                .setParameter(5, email).setParameter(6, ts(now)).setParameter(7, ts(now)).executeUpdate();
        return active(showtimeId, userId).orElseThrow(() -> new IllegalStateException(
                "waitlist entry of customer " + userId + " for showtime " + showtimeId + " missing after insert"));
    }

    @Override
    public Optional<WaitlistEntry> active(long showtimeId, long userId) {
        return read(em.createNativeQuery(SELECT + "WHERE w.showtime_id = ? AND w.active_user_id = ?")
                .setParameter(1, showtimeId).setParameter(2, userId)).stream().findFirst();
    }

    @Override
    public List<WaitlistEntry> waiting(long showtimeId) {
        return read(em.createNativeQuery(SELECT + "WHERE w.showtime_id = ? AND w.status = 'WAITING' ORDER BY w.id")
                .setParameter(1, showtimeId));
    }

    @Override
    public Optional<WaitlistEntry> offeredWith(long bookingId) {
        return read(em.createNativeQuery(SELECT + "WHERE w.booking_id = ? AND w.status = 'OFFERED'")
                .setParameter(1, bookingId)).stream().findFirst();
    }

    @Override
    public boolean offer(WaitlistEntry entry, long bookingId, Instant offerExpiresAt, Instant now) {
        return em.createNativeQuery("UPDATE waitlist_entry SET status = 'OFFERED', booking_id = ?, offer_expires_at = ?, "
                        + "updated_at = ?, version = version + 1 WHERE id = ? AND status = 'WAITING' AND version = ?")
                .setParameter(1, bookingId).setParameter(2, ts(offerExpiresAt)).setParameter(3, ts(now))
                .setParameter(4, entry.id()).setParameter(5, entry.version()).executeUpdate() == 1;
    }

    @Override
    public boolean end(WaitlistEntry entry, WaitlistStatus end, Instant now) {
        if (end.isActive()) {
            throw new IllegalArgumentException("an entry ends as ACCEPTED, EXPIRED, LEFT or CLOSED, not " + end);
        }
        return em.createNativeQuery("UPDATE waitlist_entry SET status = ?, active_user_id = NULL, updated_at = ?, "
                        + "version = version + 1 WHERE id = ? AND status = ? AND version = ?")
                .setParameter(1, end.name()).setParameter(2, ts(now)).setParameter(3, entry.id())
                .setParameter(4, entry.status().name()).setParameter(5, entry.version()).executeUpdate() == 1;
    }

    @Override
    public Optional<WaitlistEntry> find(long id) {
        return read(em.createNativeQuery(SELECT + "WHERE w.id = ?").setParameter(1, id)).stream().findFirst();
    }

    @Override
    public List<WaitlistEntry> activeOf(long showtimeId) {
        return read(em.createNativeQuery(SELECT + "WHERE w.showtime_id = ? AND w.status IN ('WAITING', 'OFFERED') "
                + "ORDER BY w.id").setParameter(1, showtimeId));
    }

    @Override
    public List<WaitlistEntry> waitingForStarted(Instant now, int limit) {
        // Only the WAITING rows of started showtimes (ix_waitlist_status); an OFFERED entry ends with its held booking.
        return read(em.createNativeQuery(SELECT + "WHERE w.status = 'WAITING' AND w.showtime_id IN "
                        + "(SELECT s.id FROM showtime s WHERE s.starts_at <= ?) ORDER BY w.id")
                .setParameter(1, ts(now)).setMaxResults(limit));
    }

    @Override
    public List<WaitlistEntry> ofUser(long userId, PageRequest page) {
        return read(em.createNativeQuery(SELECT + "WHERE w.user_id = ? ORDER BY w.id DESC").setParameter(1, userId)
                .setFirstResult(page.firstResult()).setMaxResults(page.size()));
    }

    @Override
    public List<Long> showtimesWaiting(Instant now, int limit) {
        // Showtimes that still take holds only: entries of cancelled or started ones wait for good and must not crowd
        // out the others.
        return longs(em.createNativeQuery("SELECT DISTINCT w.showtime_id FROM waitlist_entry w JOIN showtime s "
                        + "ON s.id = w.showtime_id WHERE w.status = 'WAITING' AND s.status = 'SCHEDULED' AND s.starts_at > ? "
                        + "ORDER BY w.showtime_id").setParameter(1, ts(now)).setMaxResults(limit).getResultList());
    }

    @Override
    public Set<Long> lockedSeats(long showtimeId) {
        return new HashSet<>(longs(em.createNativeQuery("SELECT seat_id FROM seat_lock WHERE showtime_id = ?")
                .setParameter(1, showtimeId).getResultList()));
    }

    @SuppressWarnings("unchecked")
    private static List<WaitlistEntry> read(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new WaitlistEntry(
                ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(), WaitlistStatus.valueOf((String) r[4]), (String) r[5],
                r[6] == null ? null : ((Number) r[6]).longValue(), instant(r[7]), instant(r[8]),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue())).toList();
    }
}
