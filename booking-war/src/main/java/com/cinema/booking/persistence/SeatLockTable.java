package com.cinema.booking.persistence;

import com.cinema.booking.domain.SeatLocks;
import com.cinema.persistence.SqlFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

import static com.cinema.booking.persistence.NativeSql.rows;
import static com.cinema.booking.persistence.NativeSql.ts;

/** The seat_lock table: its primary key (showtime_id, seat_id) lets one booking at most lock a seat. */
@ApplicationScoped
public class SeatLockTable implements SeatLocks {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /**
     * One statement for all seats, in seat id order (so two holds never wait on each other crosswise); the
     * key refusing any row refuses them all.
     */
    @Override
    public boolean lock(long showtimeId, long bookingId, List<Long> seatIds, Instant now) {
        List<Long> sorted = seatIds.stream().sorted().toList();
        var insert = em.createNativeQuery("INSERT INTO seat_lock (showtime_id, seat_id, booking_id, locked_at) VALUES "
                + rows(sorted.size(), 4));
        int p = 1;
        for (Long seatId : sorted) {
            insert.setParameter(p++, showtimeId);
            insert.setParameter(p++, seatId);
            insert.setParameter(p++, bookingId);
            insert.setParameter(p++, ts(now));
        }
        try {
            insert.executeUpdate();
            return true;
        } catch (RuntimeException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void unlock(long bookingId) {
        em.createNativeQuery("DELETE FROM seat_lock WHERE booking_id = ?").setParameter(1, bookingId).executeUpdate();
    }
}
