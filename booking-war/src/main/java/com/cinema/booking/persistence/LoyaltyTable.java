package com.cinema.booking.persistence;

import com.cinema.booking.loyalty.LoyaltyLedger;
import com.cinema.booking.loyalty.Milestone;
import com.cinema.booking.loyalty.ReachedMilestone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.cinema.booking.persistence.NativeSql.instant;
import static com.cinema.booking.persistence.NativeSql.ts;

/** The loyalty_customer and loyalty_milestone tables (V9) in plain SQL, inside the caller's transaction. */
@ApplicationScoped
public class LoyaltyTable implements LoyaltyLedger {

    private static final String SELECT = "SELECT id, user_id, milestone, booking_id, state, discount_type, "
            + "discount_value, max_discount_cents, currency, coupon_expires_at, coupon_code, attempts, reached_at, "
            + "issued_at FROM loyalty_milestone ";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /**
     * An exclusive lock at once. The row is made only on the customer's first confirmation: concurrent first
     * confirmations may then deadlock on the insert, which the caller's transaction retries.
     */
    @Override
    public void lockCustomer(long userId) {
        if (!selectForUpdate(userId)) {
            em.createNativeQuery("INSERT IGNORE INTO loyalty_customer (user_id) VALUES (?)")
                    .setParameter(1, userId).executeUpdate();
            if (!selectForUpdate(userId)) {
                throw new IllegalStateException("loyalty row of customer " + userId + " missing after insert");
            }
        }
    }

    private boolean selectForUpdate(long userId) {
        return !em.createNativeQuery("SELECT user_id FROM loyalty_customer WHERE user_id = ? FOR UPDATE")
                .setParameter(1, userId).getResultList().isEmpty();
    }

    @Override
    public long confirmedBookings(long userId) {
        em.flush(); // the confirmation's own status change, made through the entity, must be counted
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM booking WHERE user_id = ? AND status = 'CONFIRMED'")
                .setParameter(1, userId).getSingleResult()).longValue();
    }

    @Override
    public Set<Integer> recordedMilestones(long userId) {
        Set<Integer> recorded = new HashSet<>();
        for (Object value : em.createNativeQuery("SELECT milestone FROM loyalty_milestone WHERE user_id = ?")
                .setParameter(1, userId).getResultList()) {
            recorded.add(((Number) value).intValue());
        }
        return recorded;
    }

    @Override
    public void record(long userId, Milestone milestone, long bookingId, String currency, Instant couponExpiresAt,
                       Instant now) {
        em.createNativeQuery("INSERT INTO loyalty_milestone (user_id, milestone, booking_id, state, discount_type, "
                        + "discount_value, max_discount_cents, currency, coupon_expires_at, next_attempt_at, reached_at) "
                        + "VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, userId).setParameter(2, milestone.count()).setParameter(3, bookingId)
                .setParameter(4, milestone.type()).setParameter(5, milestone.value())
                .setParameter(6, milestone.maxDiscountCents()).setParameter(7, currency)
                .setParameter(8, ts(couponExpiresAt)).setParameter(9, ts(now)).setParameter(10, ts(now))
                .executeUpdate();
    }

    @Override
    public List<ReachedMilestone> ofCustomer(long userId) {
        return read(em.createNativeQuery(SELECT + "WHERE user_id = ? ORDER BY milestone").setParameter(1, userId));
    }

    @Override
    public List<ReachedMilestone> due(Long userId, Instant now, int limit) {
        Query query = userId == null
                ? em.createNativeQuery(SELECT + "WHERE state = 'PENDING' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, id").setParameter(1, ts(now))
                : em.createNativeQuery(SELECT + "WHERE state = 'PENDING' AND next_attempt_at <= ? AND user_id = ? "
                        + "ORDER BY next_attempt_at, id").setParameter(1, ts(now)).setParameter(2, userId);
        return read(query.setMaxResults(limit));
    }

    @Override
    public boolean markIssued(long id, String couponCode, Instant now) {
        return em.createNativeQuery("UPDATE loyalty_milestone SET state = 'ISSUED', coupon_code = ?, issued_at = ?, "
                        + "last_error = NULL WHERE id = ? AND state = 'PENDING'")
                .setParameter(1, couponCode).setParameter(2, ts(now)).setParameter(3, id).executeUpdate() == 1;
    }

    @Override
    public void postpone(long id, Instant nextAttemptAt, String error) {
        String trimmed = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        em.createNativeQuery("UPDATE loyalty_milestone SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                        + "WHERE id = ? AND state = 'PENDING'")
                .setParameter(1, ts(nextAttemptAt)).setParameter(2, trimmed).setParameter(3, id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<ReachedMilestone> read(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new ReachedMilestone(
                ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8], instant(r[9]), (String) r[10],
                ((Number) r[11]).intValue(), instant(r[12]), instant(r[13]))).toList();
    }
}
