package com.cinema.booking.persistence;

import com.cinema.booking.domain.ScheduleLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The auditorium_schedule_lock table: one row per auditorium that ever had a showtime, locked FOR UPDATE. */
@ApplicationScoped
public class ScheduleLockTable implements ScheduleLocks {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The row is created first (INSERT IGNORE, harmless when it exists), then locked. */
    @Override
    public void lockAuditorium(long auditoriumId) {
        em.createNativeQuery("INSERT IGNORE INTO auditorium_schedule_lock (auditorium_id) VALUES (?)")
                .setParameter(1, auditoriumId).executeUpdate();
        em.createNativeQuery("SELECT auditorium_id FROM auditorium_schedule_lock WHERE auditorium_id = ? FOR UPDATE")
                .setParameter(1, auditoriumId).getResultList();
    }
}
