package com.cinema.booking.persistence;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

import static com.cinema.booking.persistence.NativeSql.ts;

/** The notification_outbox table (V3): notices recorded in the caller's transaction, once per booking and kind. */
@ApplicationScoped
public class NotificationOutbox implements BookingNotices {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Booking booking, Kind kind, String recipient) {
        var now = ts(clock.instant());
        // Insert-if-absent that runs the same on H2 (MySQL mode) and MySQL: the unique key ignores a repeat.
        em.createNativeQuery("INSERT INTO notification_outbox (booking_id, kind, recipient, status, next_attempt_at,"
                        + " created_at) SELECT ?, ?, ?, 'PENDING', ?, ? FROM (SELECT 1 AS one) AS once WHERE NOT EXISTS"
                        + " (SELECT 1 FROM notification_outbox WHERE booking_id = ? AND kind = ?)")
                .setParameter(1, booking.getId())
                .setParameter(2, kind.name())
                .setParameter(3, recipient)
                .setParameter(4, now)
                .setParameter(5, now)
                .setParameter(6, booking.getId())
                .setParameter(7, kind.name())
                .executeUpdate();
    }
}
