package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
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
    SeatEvents events;

    @Inject
    Transactions transactions;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    /** A batch: events after the given sequence (oldest first) and the sequence to ask after next. */
    public record Batch(long showtimeId, long lastSequence, List<SeatEvent> events) {
    }

    /** Events after {@code after}; with no {@code after}, no events and the current sequence ("from now"). */
    public Batch after(long showtimeId, Long after) {
        Instant settled = clock.instant().minus(settings.seatEventSettleTime());
        return transactions.inOne(() -> {
            if (after == null) {
                return new Batch(showtimeId, events.lastSequence(showtimeId, settled), List.of());
            }
            List<SeatEvent> found = events.after(showtimeId, after, settled, MAX_EVENTS);
            long last = found.isEmpty() ? after : found.get(found.size() - 1).sequence();
            return new Batch(showtimeId, last, found);
        });
    }
}
