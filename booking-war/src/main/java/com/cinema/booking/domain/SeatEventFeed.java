package com.cinema.booking.domain;

import com.cinema.booking.persistence.HoldStore;
import com.cinema.booking.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Seat status changes of a showtime from the database, so every replica of every gateway sees the changes
 * made through any replica of this service. Events younger than the settle time are held back one poll,
 * so that a slower transaction that drew a smaller sequence number is not overtaken.
 */
@ApplicationScoped
public class SeatEventFeed {

    /** At most this many events per answer. */
    public static final int MAX_EVENTS = 500;

    @Inject
    HoldStore holds;

    @Inject
    Transactions transactions;

    @Inject
    BookingSettings settings;

    /** A batch: events after the given sequence (oldest first) and the sequence to ask after next. */
    public record Batch(long showtimeId, long lastSequence, List<HoldStore.StoredEvent> events) {
    }

    /** Events after {@code after}; with no {@code after}, no events and the current sequence ("from now"). */
    public Batch after(long showtimeId, Long after) {
        Instant settled = Instant.now().minus(settings.seatEventSettleTime());
        return transactions.run(() -> {
            if (after == null) {
                return new Batch(showtimeId, holds.lastSequence(showtimeId, settled), List.of());
            }
            List<HoldStore.StoredEvent> events = holds.eventsAfter(showtimeId, after, settled, MAX_EVENTS);
            long last = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
            return new Batch(showtimeId, last, events);
        });
    }
}
