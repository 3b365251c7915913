package com.cinema.booking.persistence;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingNotices;
import com.cinema.booking.domain.CustomerNotice;
import com.cinema.booking.domain.CustomerNotices;
import com.cinema.booking.domain.WaitlistEntry;
import com.cinema.booking.notification.Channel;
import com.cinema.booking.notification.NoticeOutbox;
import com.cinema.booking.notification.NoticeSubject;
import com.cinema.booking.notification.NotificationSettings;
import com.cinema.booking.notification.OutboxNotice;
import com.cinema.booking.notification.TicketSends;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.cinema.booking.persistence.NativeSql.instant;
import static com.cinema.booking.persistence.NativeSql.longs;
import static com.cinema.booking.persistence.NativeSql.ts;

/**
 * The notification_outbox table (V3, channels V10, waitlist entries V14, numbered copies V16): notices recorded in
 * the caller's transaction, once per subject (a booking or a waitlist entry), kind and channel (e-mail, and SMS unless
 * switched off), or as numbered copies of a booking's tickets ({@link TicketSends}), and claimed, marked SENT, SKIPPED, retried or FAILED by the sender with conditional UPDATEs (any number of
 * replicas); read back for the customer they are about, without the internals (delivery errors, how an SMS names its
 * customer).
 */
@ApplicationScoped
public class NotificationOutbox implements BookingNotices, NoticeOutbox, CustomerNotices, TicketSends {

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
        if (kind == Kind.TICKETS_SENT_AGAIN) {
            throw new IllegalArgumentException(kind + " is numbered: queued by queueCopy");
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

    /** The booking's confirmation e-mail and its copies, by the outbox's unique key (booking, kind, ...). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public History of(long bookingId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT MAX(repeat_no), MAX(created_at) FROM notification_outbox"
                        + " WHERE booking_id = ? AND kind IN (?, ?) AND channel = ?")
                .setParameter(1, bookingId).setParameter(2, Kind.BOOKING_CONFIRMED.name())
                .setParameter(3, Kind.TICKETS_SENT_AGAIN.name()).setParameter(4, Channel.EMAIL.name())
                .getSingleResult();
        return new History(row[0] == null ? 0 : ((Number) row[0]).intValue(), row[1] == null ? null : instant(row[1]));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueCopy(long bookingId, int copy, String email, Instant now) {
        if (copy < 1) {
            throw new IllegalArgumentException("Copies are numbered from 1: " + copy);
        }
        // A plain INSERT: the caller holds the booking's lock and numbered this copy after the last; should two ever
        // race, the unique key (booking, kind, channel, copy) refuses the second rather than sending twice.
        em.createNativeQuery("INSERT INTO notification_outbox (booking_id, kind, channel, repeat_no, recipient, status,"
                        + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")
                .setParameter(1, bookingId).setParameter(2, Kind.TICKETS_SENT_AGAIN.name())
                .setParameter(3, Channel.EMAIL.name()).setParameter(4, copy).setParameter(5, email)
                .setParameter(6, ts(now)).setParameter(7, ts(now))
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
                        + " recipient, attempts, repeat_no FROM notification_outbox WHERE id = ?").setParameter(1, id)
                        .getSingleResult();
                // Exactly one of the two is set (ck_notification_subject).
                NoticeSubject subject = row[0] != null ? NoticeSubject.booking(((Number) row[0]).longValue())
                        : NoticeSubject.waitlistEntry(((Number) row[1]).longValue());
                claimed.add(new OutboxNotice(id, subject, Kind.valueOf((String) row[2]),
                        Channel.valueOf((String) row[3]), (String) row[4], ((Number) row[5]).intValue(),
                        claimUntil, ((Number) row[6]).intValue()));
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

    /**
     * One query: the customer's bookings and waitlist entries by their own indexes (ix_booking_user, ix_waitlist_user),
     * their rows by the outbox's unique keys, never a scan of the outbox. A row names exactly one subject
     * (ck_notification_subject), so no row is in both halves; a WAITLIST_OFFER is about the held booking, which is the
     * customer's own.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<CustomerNotice> ofCustomer(long userId) {
        List<Object[]> rows = em.createNativeQuery(SHOWN + "booking b JOIN notification_outbox n ON n.booking_id = b.id"
                        + " WHERE b.user_id = ? UNION ALL " + SHOWN + "waitlist_entry w JOIN notification_outbox n"
                        + " ON n.waitlist_entry_id = w.id WHERE w.user_id = ? ORDER BY created_at DESC, id DESC")
                .setParameter(1, userId).setParameter(2, userId).getResultList();
        return rows.stream().map(NotificationOutbox::customerNotice).toList();
    }

    /**
     * The booking's own rows when it is the customer's, or whoever's for staff (null): by the booking's key, then the
     * outbox's unique key.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<CustomerNotice> ofBooking(Long userId, long bookingId) {
        var query = em.createNativeQuery(SHOWN + "booking b JOIN notification_outbox n ON n.booking_id = b.id"
                        + " WHERE b.id = ?" + (userId == null ? "" : " AND b.user_id = ?")
                        + " ORDER BY n.created_at DESC, n.id DESC")
                .setParameter(1, bookingId);
        if (userId != null) {
            query.setParameter(2, userId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(NotificationOutbox::customerNotice).toList();
    }

    /** The columns {@link #customerNotice} reads (never last_error: it can hold a provider's or our own error text). */
    private static final String SHOWN = "SELECT n.id, n.kind, n.channel, n.recipient, n.status, n.booking_id,"
            + " n.waitlist_entry_id, n.created_at, n.sent_at FROM ";

    /**
     * A row of {@link #SHOWN} as its customer sees it: the recipient only when an e-mail address
     * ({@link OutboxNotice#shownRecipient}), and sent_at only when SENT (a SKIPPED row keeps when it was given up).
     */
    static CustomerNotice customerNotice(Object[] row) {
        Channel channel = Channel.valueOf((String) row[2]);
        String status = (String) row[4];
        return new CustomerNotice(((Number) row[0]).longValue(), Kind.valueOf((String) row[1]), channel.name(),
                OutboxNotice.shownRecipient(channel, (String) row[3]), status, id(row[5]), id(row[6]),
                instant(row[7]), "SENT".equals(status) ? instant(row[8]) : null);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** Still PENDING and still claimed by us: the claim's exact time tells one claim from a later one. */
    private static final String OUR_CLAIM = "id = ? AND status = 'PENDING' AND claimed_until = ?";
}
