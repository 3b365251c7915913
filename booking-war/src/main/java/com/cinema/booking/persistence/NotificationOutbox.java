package com.cinema.booking.persistence;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingNotices;
import com.cinema.booking.domain.WaitlistEntry;
import com.cinema.booking.notification.Channel;
import com.cinema.booking.notification.NoticeOutbox;
import com.cinema.booking.notification.NoticeSubject;
import com.cinema.booking.notification.NotificationSettings;
import com.cinema.booking.notification.OutboxNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.cinema.booking.persistence.NativeSql.longs;
import static com.cinema.booking.persistence.NativeSql.ts;

/**
 * The notification_outbox table (V3, channels V10, waitlist entries V14): notices recorded in the caller's
 * transaction, once per subject (a booking or a waitlist entry), kind and channel (e-mail, and SMS unless switched
 * off), and claimed, marked SENT, SKIPPED, retried or FAILED by the sender with conditional UPDATEs (any number of
 * replicas).
 */
@ApplicationScoped
public class NotificationOutbox implements BookingNotices, NoticeOutbox {

    /** A notice is claimable when PENDING, due, and not claimed by anyone, or by someone whose claim ran out. */
    private static final String CLAIMABLE = "status = 'PENDING' AND next_attempt_at <= ?"
            + " AND (claimed_until IS NULL OR claimed_until < ?)";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationSettings settings;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Booking booking, Kind kind, String recipient) {
        if (kind.aboutWaitlistEntry()) {
            throw new IllegalArgumentException(kind + " is about a waitlist entry, not a booking");
        }
        queueOnEveryChannel(NoticeSubject.booking(booking.getId()), kind, recipient, booking.getUserId());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(WaitlistEntry entry, Kind kind) {
        if (!kind.aboutWaitlistEntry()) {
            throw new IllegalArgumentException(kind + " is about a booking, not a waitlist entry");
        }
        queueOnEveryChannel(NoticeSubject.waitlistEntry(entry.id()), kind, entry.email(), entry.userId());
    }

    private void queueOnEveryChannel(NoticeSubject subject, Kind kind, String email, long userId) {
        for (Channel channel : settings.channels()) {
            // The SMS row names the customer: their number and choice are asked when it is sent.
            insertIfAbsent(subject, kind, channel, channel == Channel.EMAIL ? email
                    : OutboxNotice.customerRecipient(userId));
        }
    }

    private void insertIfAbsent(NoticeSubject subject, Kind kind, Channel channel, String recipient) {
        var now = ts(clock.instant());
        // A row names its subject in one of two columns (V14), each with its own unique key with kind and channel.
        String column = switch (subject.type()) {
            case BOOKING -> "booking_id";
            case WAITLIST_ENTRY -> "waitlist_entry_id";
        };
        // Insert-if-absent that runs the same on H2 (MySQL mode) and MySQL: the unique key ignores a repeat.
        em.createNativeQuery("INSERT INTO notification_outbox (" + column + ", kind, channel, recipient, status,"
                        + " next_attempt_at, created_at) SELECT ?, ?, ?, ?, 'PENDING', ?, ? FROM (SELECT 1 AS one) AS once"
                        + " WHERE NOT EXISTS (SELECT 1 FROM notification_outbox WHERE " + column + " = ? AND kind = ?"
                        + " AND channel = ?)")
                .setParameter(1, subject.id())
                .setParameter(2, kind.name())
                .setParameter(3, channel.name())
                .setParameter(4, recipient)
                .setParameter(5, now)
                .setParameter(6, now)
                .setParameter(7, subject.id())
                .setParameter(8, kind.name())
                .setParameter(9, channel.name())
                .executeUpdate();
    }

    @Override
    public List<OutboxNotice> claimDue(Instant now, Instant claimUntil, int limit) {
        List<Long> candidates = longs(em.createNativeQuery("SELECT id FROM notification_outbox WHERE " + CLAIMABLE
                        + " ORDER BY next_attempt_at, id")
                .setParameter(1, ts(now)).setParameter(2, ts(now)).setMaxResults(limit).getResultList());
        List<OutboxNotice> claimed = new ArrayList<>();
        for (Long id : candidates) {
            // Re-checked by the UPDATE itself: of two replicas claiming one row, exactly one changes it.
            int won = em.createNativeQuery("UPDATE notification_outbox SET claimed_until = ? WHERE id = ? AND "
                            + CLAIMABLE)
                    .setParameter(1, ts(claimUntil)).setParameter(2, id).setParameter(3, ts(now))
                    .setParameter(4, ts(now)).executeUpdate();
            if (won == 1) {
                Object[] row = (Object[]) em.createNativeQuery("SELECT booking_id, waitlist_entry_id, kind, channel,"
                        + " recipient, attempts FROM notification_outbox WHERE id = ?").setParameter(1, id)
                        .getSingleResult();
                // Exactly one of the two is set (ck_notification_subject).
                NoticeSubject subject = row[0] != null ? NoticeSubject.booking(((Number) row[0]).longValue())
                        : NoticeSubject.waitlistEntry(((Number) row[1]).longValue());
                claimed.add(new OutboxNotice(id, subject, Kind.valueOf((String) row[2]),
                        Channel.valueOf((String) row[3]), (String) row[4], ((Number) row[5]).intValue(),
                        claimUntil));
            }
        }
        return claimed;
    }

    @Override
    public boolean markSent(OutboxNotice notice, Instant at) {
        return em.createNativeQuery("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts ="
                        + " attempts + 1, claimed_until = NULL, last_error = NULL WHERE " + OUR_CLAIM)
                .setParameter(1, ts(at)).setParameter(2, notice.id()).setParameter(3, ts(notice.claimedUntil()))
                .executeUpdate() == 1;
    }

    @Override
    public boolean retryLater(OutboxNotice notice, int attempts, Instant nextAttemptAt, String error) {
        return em.createNativeQuery("UPDATE notification_outbox SET attempts = ?, next_attempt_at = ?,"
                        + " claimed_until = NULL, last_error = ? WHERE " + OUR_CLAIM)
                .setParameter(1, attempts).setParameter(2, ts(nextAttemptAt)).setParameter(3, error)
                .setParameter(4, notice.id()).setParameter(5, ts(notice.claimedUntil()))
                .executeUpdate() == 1;
    }

    @Override
    public boolean markSkipped(OutboxNotice notice, Instant at, String reason) {
        return em.createNativeQuery("UPDATE notification_outbox SET status = 'SKIPPED', sent_at = ?,"
                        + " claimed_until = NULL, last_error = ? WHERE " + OUR_CLAIM)
                .setParameter(1, ts(at)).setParameter(2, reason).setParameter(3, notice.id())
                .setParameter(4, ts(notice.claimedUntil()))
                .executeUpdate() == 1;
    }

    @Override
    public boolean markFailed(OutboxNotice notice, int attempts, String error) {
        return em.createNativeQuery("UPDATE notification_outbox SET status = 'FAILED', attempts = ?,"
                        + " claimed_until = NULL, last_error = ? WHERE " + OUR_CLAIM)
                .setParameter(1, attempts).setParameter(2, error).setParameter(3, notice.id())
                .setParameter(4, ts(notice.claimedUntil()))
                .executeUpdate() == 1;
    }

    /** Still PENDING and still claimed by us: the claim's exact time tells one claim from a later one. */
    private static final String OUR_CLAIM = "id = ? AND status = 'PENDING' AND claimed_until = ?";
}
