package com.cinema.coupon.persistence;

import com.cinema.coupon.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Coupon uses in plain SQL. Limits are never read and then written: a use is taken by a conditional UPDATE
 * whose affected-row count decides (the coupon row for the total, the customer's usage row for the
 * per-customer limit), and every status change is conditional on the status it leaves, so any number of
 * requests and replicas may attempt the same change at once. Every change of a coupon row bumps its
 * version, so staff editing a coupon meanwhile get a stale-version conflict. Runs inside a transaction.
 */
@ApplicationScoped
public class ReservationStore {

    private static final String SELECT = "SELECT r.id, r.coupon_id, c.code, r.user_id, r.booking_id, r.status, "
            + "r.discount_cents, r.expires_at FROM coupon_redemption r JOIN coupon c ON c.id = r.coupon_id ";

    @PersistenceContext(unitName = "coupon")
    EntityManager em;

    /** One booking's use of one coupon, as stored. */
    public record Reservation(long id, long couponId, String code, long userId, long bookingId,
                              ReservationStatus status, int discountCents, Instant expiresAt) {
    }

    /** The booking's RESERVED or REDEEMED use, if any (at most one: unique key on live_booking_id). */
    public Optional<Reservation> live(long bookingId) {
        return first(em.createNativeQuery(SELECT + "WHERE r.live_booking_id = ?").setParameter(1, bookingId));
    }

    /** The booking's most recently changed use of any coupon, live or released. */
    public Optional<Reservation> latest(long bookingId) {
        return first(em.createNativeQuery(SELECT + "WHERE r.booking_id = ? ORDER BY r.updated_at DESC, r.id DESC")
                .setParameter(1, bookingId).setMaxResults(1));
    }

    public Optional<Reservation> ofCouponAndBooking(long couponId, long bookingId) {
        return first(em.createNativeQuery(SELECT + "WHERE r.coupon_id = ? AND r.booking_id = ?")
                .setParameter(1, couponId).setParameter(2, bookingId));
    }

    /**
     * Takes one use of the coupon if it is active and not used up; false when it is not (nothing changed).
     * Concurrent callers queue on the coupon row and each sees the count the previous one committed.
     */
    public boolean takeUse(long couponId, Instant now) {
        return em.createNativeQuery("UPDATE coupon SET used_count = used_count + 1, version = version + 1, "
                        + "updated_at = ? WHERE id = ? AND active = TRUE "
                        + "AND (usage_limit IS NULL OR used_count < usage_limit)")
                .setParameter(1, ts(now)).setParameter(2, couponId).executeUpdate() == 1;
    }

    /**
     * Takes one of the customer's uses of the coupon if within its per-customer limit; false when not. Call
     * after {@link #takeUse} in the same transaction: the coupon row is then locked, so its limit is current.
     */
    public boolean takeCustomerUse(long couponId, long userId) {
        em.createNativeQuery("INSERT IGNORE INTO coupon_user_usage (coupon_id, user_id, used_count) VALUES (?, ?, 0)")
                .setParameter(1, couponId).setParameter(2, userId).executeUpdate();
        return em.createNativeQuery("UPDATE coupon_user_usage SET used_count = used_count + 1 "
                        + "WHERE coupon_id = ? AND user_id = ? AND used_count < "
                        + "COALESCE((SELECT c.per_user_limit FROM coupon c WHERE c.id = ?), 2147483647)")
                .setParameter(1, couponId).setParameter(2, userId).setParameter(3, couponId).executeUpdate() == 1;
    }

    /** Gives one use back, to the coupon and to the customer. */
    public void giveBackUse(long couponId, long userId, Instant now) {
        em.createNativeQuery("UPDATE coupon SET used_count = used_count - 1, version = version + 1, updated_at = ? "
                        + "WHERE id = ? AND used_count > 0")
                .setParameter(1, ts(now)).setParameter(2, couponId).executeUpdate();
        em.createNativeQuery("UPDATE coupon_user_usage SET used_count = used_count - 1 "
                        + "WHERE coupon_id = ? AND user_id = ? AND used_count > 0")
                .setParameter(1, couponId).setParameter(2, userId).executeUpdate();
    }

    /** Whether the coupon is active as committed now (to explain a refused {@link #takeUse}). */
    public boolean isActive(long couponId) {
        List<?> rows = em.createNativeQuery("SELECT active FROM coupon WHERE id = ?").setParameter(1, couponId)
                .getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0) instanceof Number n ? n.intValue() != 0 : rows.get(0));
    }

    /** The customer's live uses of the coupon. */
    public int customerUses(long couponId, long userId) {
        List<?> rows = em.createNativeQuery("SELECT used_count FROM coupon_user_usage WHERE coupon_id = ? AND user_id = ?")
                .setParameter(1, couponId).setParameter(2, userId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** The most live uses any one customer has of the coupon. */
    public int mostCustomerUses(long couponId) {
        Object max = em.createNativeQuery("SELECT MAX(used_count) FROM coupon_user_usage WHERE coupon_id = ?")
                .setParameter(1, couponId).getSingleResult();
        return max == null ? 0 : ((Number) max).intValue();
    }

    /** A new RESERVED use; the unique keys refuse a second live use of the booking. */
    public void insert(long couponId, long userId, long bookingId, int discountCents, Instant expiresAt, Instant now) {
        em.createNativeQuery("INSERT INTO coupon_redemption (coupon_id, user_id, booking_id, live_booking_id, status, "
                        + "discount_cents, expires_at, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, 'RESERVED', ?, ?, ?, ?, 0)")
                .setParameter(1, couponId).setParameter(2, userId).setParameter(3, bookingId)
                .setParameter(4, bookingId).setParameter(5, discountCents).setParameter(6, ts(expiresAt))
                .setParameter(7, ts(now)).setParameter(8, ts(now)).executeUpdate();
    }

    /** A RELEASED use of the booking becomes RESERVED again; false when it is not RELEASED (any more). */
    public boolean reserveAgain(long id, long userId, int discountCents, Instant expiresAt, Instant now) {
        return em.createNativeQuery("UPDATE coupon_redemption SET status = 'RESERVED', live_booking_id = booking_id, "
                        + "user_id = ?, discount_cents = ?, expires_at = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'RELEASED'")
                .setParameter(1, userId).setParameter(2, discountCents).setParameter(3, ts(expiresAt))
                .setParameter(4, ts(now)).setParameter(5, id).executeUpdate() == 1;
    }

    /** RESERVED becomes REDEEMED; false when it was not RESERVED. */
    public boolean redeem(long id, Instant now) {
        return em.createNativeQuery("UPDATE coupon_redemption SET status = 'REDEEMED', updated_at = ?, "
                        + "version = version + 1 WHERE id = ? AND status = 'RESERVED'")
                .setParameter(1, ts(now)).setParameter(2, id).executeUpdate() == 1;
    }

    /**
     * A live use becomes RELEASED; with {@code dueBy}, only a RESERVED one whose expiry is at or before it
     * (the time-out). True when this call made the change: only then is the use given back.
     */
    public boolean release(long id, Instant dueBy, Instant now) {
        String condition = dueBy == null ? "status IN ('RESERVED', 'REDEEMED')" : "status = 'RESERVED' AND expires_at <= ?";
        var update = em.createNativeQuery("UPDATE coupon_redemption SET status = 'RELEASED', live_booking_id = NULL, "
                        + "updated_at = ?, version = version + 1 WHERE id = ? AND " + condition)
                .setParameter(1, ts(now)).setParameter(2, id);
        if (dueBy != null) {
            update.setParameter(3, ts(dueBy));
        }
        return update.executeUpdate() == 1;
    }

    /** RESERVED uses whose expiry is at or before {@code dueBy}, with ids above {@code afterId}, by id. */
    public List<Long> due(Instant dueBy, long afterId, int limit) {
        return em.createNativeQuery("SELECT id FROM coupon_redemption WHERE status = 'RESERVED' AND expires_at <= ? "
                        + "AND id > ? ORDER BY id")
                .setParameter(1, ts(dueBy)).setParameter(2, afterId).setMaxResults(limit).getResultList()
                .stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** The use with this id, for the sweeper. */
    public Optional<Reservation> find(long id) {
        return first(em.createNativeQuery(SELECT + "WHERE r.id = ?").setParameter(1, id));
    }

    private static Optional<Reservation> first(jakarta.persistence.Query query) {
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) rows.get(0);
        return Optional.of(new Reservation(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2],
                ((Number) c[3]).longValue(), ((Number) c[4]).longValue(), ReservationStatus.valueOf((String) c[5]),
                ((Number) c[6]).intValue(), instant(c[7])));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
