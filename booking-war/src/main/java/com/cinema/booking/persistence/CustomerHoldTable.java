package com.cinema.booking.persistence;

import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.CustomerHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The customer_hold_lock table (one row per customer, locked FOR UPDATE) and the count of unpaid seats. */
@ApplicationScoped
public class CustomerHoldTable implements CustomerHolds {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Override
    public void register(long userId) {
        em.createNativeQuery("INSERT IGNORE INTO customer_hold_lock (user_id) VALUES (?)")
                .setParameter(1, userId).executeUpdate();
    }

    /** An exclusive lock at once (no shared lock first, so no upgrade to deadlock on). */
    @Override
    public boolean lock(long userId) {
        return !em.createNativeQuery("SELECT user_id FROM customer_hold_lock WHERE user_id = ? FOR UPDATE")
                .setParameter(1, userId).getResultList().isEmpty();
    }

    /**
     * One branch per status, each an equality on both columns of ix_booking_user_status: an OR of the two let
     * H2 use only the user part of the key and read every booking the customer ever made.
     */
    @Override
    public Map<Long, Integer> unpaidSeats(long userId, Instant now) {
        List<Object[]> rows = em.createQuery("select b.showtimeId, count(t) from Booking b join b.tickets t "
                        + "where b.userId = :user and b.status = :held and b.holdExpiresAt > :now group by b.showtimeId "
                        + "union all "
                        + "select b.showtimeId, count(t) from Booking b join b.tickets t "
                        + "where b.userId = :user and b.status = :paying group by b.showtimeId", Object[].class)
                .setParameter("user", userId)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", now)
                .setParameter("paying", BookingStatus.PAYMENT_PENDING)
                .getResultList();
        Map<Long, Integer> seats = new HashMap<>();
        for (Object[] row : rows) {
            seats.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
        return seats;
    }
}
