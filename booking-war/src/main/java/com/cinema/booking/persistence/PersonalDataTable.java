package com.cinema.booking.persistence;

import com.cinema.booking.domain.OpenCommitments;
import com.cinema.booking.domain.PersonalData;
import com.cinema.booking.notification.OutboxNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.cinema.booking.persistence.NativeSql.longs;
import static com.cinema.booking.persistence.NativeSql.ts;

/**
 * A customer's contact details in booking_db, in plain SQL inside the caller's transaction: booking.customer_email
 * (V4), waitlist_entry.email (V11) and the recipient of each notification_outbox row about their bookings and waitlist
 * entries (V3, V10, V14; an e-mail address, or the customer for SMS). No other column of this database holds an
 * e-mail address, phone number or name; the error text of a FAILED outbox row may quote its recipient (a mail server's
 * or SMS gateway's refusal), so the customer's FAILED rows lose it too (SKIPPED rows keep their reason: the service's
 * own words). Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
 */
@ApplicationScoped
public class PersonalDataTable implements PersonalData {

    /** Why an unsent notice of an erased customer was never sent (its last_error). */
    static final String NOT_SENT = "account closed: contact details erased, not sent";
    /** What stands in for the delivery error of a FAILED notice of theirs, which may have quoted the address. */
    static final String ERROR_ERASED = "account closed: error text erased";
    /** Outbox rows changed per statement at most (the IN list). */
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /**
     * Each count an equality on user_id (and status) of the customer's own index (ix_booking_user_status,
     * ix_waitlist_user); a confirmed booking is upcoming until its showtime ends, whatever became of the showtime.
     */
    @Override
    public OpenCommitments openCommitments(long userId, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT COUNT(*) FROM booking b JOIN showtime s ON s.id = b.showtime_id WHERE b.user_id = ? "
                        + "AND b.status = 'CONFIRMED' AND s.ends_at > ?), "
                        + "(SELECT COUNT(*) FROM booking b WHERE b.user_id = ? AND b.status = 'HELD' AND b.hold_expires_at > ?), "
                        + "(SELECT COUNT(*) FROM booking b WHERE b.user_id = ? AND b.status = 'PAYMENT_PENDING'), "
                        + "(SELECT COUNT(*) FROM waitlist_entry w WHERE w.user_id = ? AND w.status IN ('WAITING', 'OFFERED'))")
                .setParameter(1, userId).setParameter(2, ts(now))
                .setParameter(3, userId).setParameter(4, ts(now))
                .setParameter(5, userId)
                .setParameter(6, userId)
                .getSingleResult();
        return new OpenCommitments(count(row[0]), count(row[1]), count(row[2]), count(row[3]));
    }

    @Override
    public int erase(long userId, Instant now) {
        int changed = em.createNativeQuery("UPDATE booking SET customer_email = NULL, updated_at = ?, version = version + 1 "
                        + "WHERE user_id = ? AND customer_email IS NOT NULL")
                .setParameter(1, ts(now)).setParameter(2, userId).executeUpdate();
        changed += em.createNativeQuery("UPDATE waitlist_entry SET email = NULL, updated_at = ?, version = version + 1 "
                        + "WHERE user_id = ? AND email IS NOT NULL")
                .setParameter(1, ts(now)).setParameter(2, userId).executeUpdate();
        return changed + eraseNotices(userId, now);
    }

    /**
     * The customer's outbox rows still to change (not yet naming the erased recipient, or still PENDING), found through
     * their bookings and entries by the outbox's unique keys, then changed by id: portable SQL that never scans the
     * outbox (a multi-table UPDATE is MySQL's alone). A row the sender claimed meanwhile is SKIPPED all the same; its
     * delivery then finds it no longer PENDING and marks nothing.
     */
    private int eraseNotices(long userId, Instant now) {
        List<Long> ids = new ArrayList<>(longs(em.createNativeQuery("SELECT n.id FROM booking b JOIN notification_outbox n "
                        + "ON n.booking_id = b.id WHERE b.user_id = ? AND (n.recipient <> ? OR n.status = 'PENDING')")
                .setParameter(1, userId).setParameter(2, OutboxNotice.ERASED_RECIPIENT).getResultList()));
        ids.addAll(longs(em.createNativeQuery("SELECT n.id FROM waitlist_entry w JOIN notification_outbox n "
                        + "ON n.waitlist_entry_id = w.id WHERE w.user_id = ? AND (n.recipient <> ? OR n.status = 'PENDING')")
                .setParameter(1, userId).setParameter(2, OutboxNotice.ERASED_RECIPIENT).getResultList()));
        int changed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            // status is assigned last: MySQL evaluates a single-table UPDATE's assignments left to right, each seeing
            // the ones before it, while H2 lets every one see the row as it was. So every CASE on status sees the old
            // status on both.
            var update = em.createNativeQuery("UPDATE notification_outbox SET "
                    + "last_error = CASE WHEN status = 'PENDING' THEN ? WHEN status = 'FAILED' AND last_error IS NOT NULL "
                    + "THEN ? ELSE last_error END, "
                    + "sent_at = CASE WHEN status = 'PENDING' THEN ? ELSE sent_at END, "
                    + "claimed_until = CASE WHEN status = 'PENDING' THEN NULL ELSE claimed_until END, "
                    + "recipient = ?, "
                    + "status = CASE WHEN status = 'PENDING' THEN 'SKIPPED' ELSE status END "
                    + "WHERE id IN " + NativeSql.in(batch.size()) + " AND (recipient <> ? OR status = 'PENDING')");
            int p = 1;
            update.setParameter(p++, NOT_SENT);
            update.setParameter(p++, ERROR_ERASED);
            update.setParameter(p++, ts(now));
            update.setParameter(p++, OutboxNotice.ERASED_RECIPIENT);
            for (Long id : batch) {
                update.setParameter(p++, id);
            }
            update.setParameter(p, OutboxNotice.ERASED_RECIPIENT);
            changed += update.executeUpdate();
        }
        return changed;
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
