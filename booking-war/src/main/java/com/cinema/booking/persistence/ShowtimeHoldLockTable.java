package com.cinema.booking.persistence;

import com.cinema.booking.domain.ShowtimeHoldLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The showtime's own row, locked FOR UPDATE (H2 and MySQL alike; no table of its own needed, every showtime has
 * its row). With READ COMMITTED each later statement of the transaction reads what the holds before it committed.
 */
@ApplicationScoped
public class ShowtimeHoldLockTable implements ShowtimeHoldLocks {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** An exclusive lock at once (no shared lock first, so no upgrade to deadlock on). */
    @Override
    public void lock(long showtimeId) {
        em.createNativeQuery("SELECT id FROM showtime WHERE id = ? FOR UPDATE")
                .setParameter(1, showtimeId).getResultList();
    }
}
