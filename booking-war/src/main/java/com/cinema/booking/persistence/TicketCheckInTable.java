package com.cinema.booking.persistence;

import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.TicketType;
import com.cinema.booking.ticket.TicketCheckIns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.cinema.booking.persistence.NativeSql.in;
import static com.cinema.booking.persistence.NativeSql.instant;
import static com.cinema.booking.persistence.NativeSql.ts;

/** {@code ticket.checked_in_at} (V5): tickets used at the door, marked by conditional UPDATEs. */
@ApplicationScoped
public class TicketCheckInTable implements TicketCheckIns {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Override
    public Optional<DoorBooking> lockByCode(String bookingCode) {
        // The booking row lock orders two scans of one pass (and a scan against a refund, which locks it too).
        List<?> found = em.createNativeQuery("SELECT id, status, showtime_id FROM booking WHERE code = ? FOR UPDATE")
                .setParameter(1, bookingCode).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] booking = (Object[]) found.get(0);
        long id = ((Number) booking[0]).longValue();
        List<DoorTicket> tickets = em.createNativeQuery("SELECT id, seat_id, seat_label, seat_type, ticket_type,"
                        + " price_cents, full_price_cents, checked_in_at FROM ticket WHERE booking_id = ? ORDER BY id")
                .setParameter(1, id).getResultList().stream()
                .map(row -> {
                    Object[] t = (Object[]) row;
                    return new DoorTicket(((Number) t[0]).longValue(), ((Number) t[1]).longValue(), (String) t[2],
                            (String) t[3], TicketType.valueOf((String) t[4]), ((Number) t[5]).intValue(),
                            ((Number) t[6]).intValue(), instant(t[7]));
                })
                .toList();
        // The showtime read without a lock: every scan at its door must not queue behind the others.
        Object[] showtime = (Object[]) em.createNativeQuery("SELECT cinema_id, starts_at, ends_at FROM showtime WHERE id = ?")
                .setParameter(1, ((Number) booking[2]).longValue()).getSingleResult();
        return Optional.of(new DoorBooking(id, BookingStatus.valueOf((String) booking[1]),
                ((Number) showtime[0]).longValue(), instant(showtime[1]), instant(showtime[2]), tickets));
    }

    @Override
    public int checkIn(long bookingId, Collection<Long> ticketIds, Instant at) {
        var update = em.createNativeQuery("UPDATE ticket SET checked_in_at = ? WHERE booking_id = ? AND id IN "
                + in(ticketIds.size()) + " AND checked_in_at IS NULL AND EXISTS (SELECT 1 FROM booking"
                + " WHERE booking.id = ? AND booking.status = 'CONFIRMED')");
        int p = 1;
        update.setParameter(p++, ts(at)).setParameter(p++, bookingId);
        for (Long ticketId : ticketIds) {
            update.setParameter(p++, ticketId);
        }
        return update.setParameter(p, bookingId).executeUpdate();
    }

    @Override
    public Map<Long, Instant> checkedInAt(Collection<Long> ticketIds) {
        var query = em.createNativeQuery("SELECT id, checked_in_at FROM ticket WHERE checked_in_at IS NOT NULL"
                + " AND id IN " + in(ticketIds.size()));
        int p = 1;
        for (Long ticketId : ticketIds) {
            query.setParameter(p++, ticketId);
        }
        Map<Long, Instant> used = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] t = (Object[]) row;
            used.put(((Number) t[0]).longValue(), instant(t[1]));
        }
        return used;
    }
}
