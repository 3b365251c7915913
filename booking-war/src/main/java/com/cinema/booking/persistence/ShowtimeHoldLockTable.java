package com.cinema.booking.persistence;

import com.cinema.booking.domain.ShowtimeHoldLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The showtime's row in {@code showtime_hold_lock}, locked FOR UPDATE (H2 and MySQL alike), made with the showtime
 * ({@link #create}). With READ COMMITTED each later statement of the transaction reads what the holds before it
 * committed. Not the showtime's own row: on MySQL every booking status change takes a shared lock on that row
 * through the booking's foreign key, and two releases holding it both asked for it exclusively (a deadlock;
 * migration V13).
 */
@ApplicationScoped
public class ShowtimeHoldLockTable implements ShowtimeHoldLocks {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** An exclusive lock at once; nothing else ever takes a shared lock on this row, so no upgrade to deadlock on. */
    @Override
    public void lock(long showtimeId) {
        if (em.createNativeQuery("SELECT showtime_id FROM showtime_hold_lock WHERE showtime_id = ? FOR UPDATE")
                .setParameter(1, showtimeId).getResultList().isEmpty()) {
            // Every showtime gets its row when it is made (and V13 made those of the showtimes before it).
            throw new IllegalStateException("Showtime " + showtimeId + " has no hold lock row");
        }
    }

    /** The new showtime's lock row, in the transaction that inserts the showtime. */
    void create(long showtimeId) {
        em.createNativeQuery("INSERT INTO showtime_hold_lock (showtime_id) VALUES (?)")
                .setParameter(1, showtimeId).executeUpdate();
    }
}
