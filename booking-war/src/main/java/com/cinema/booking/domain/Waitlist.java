package com.cinema.booking.domain;

import com.cinema.common.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The waitlist entries (port; the adapter is {@code persistence.WaitlistTable}). Every method runs inside a
 * {@link Transactions} transaction; every change is made under the showtime's hold lock ({@link ShowtimeHoldLocks})
 * and is conditional on the entry's version, so two replicas never move one entry twice.
 */
public interface Waitlist {

    /** A new WAITING entry at the end of the showtime's queue. */
    WaitlistEntry join(long showtimeId, long userId, int seats, String email, Instant now);

    /** The customer's WAITING or OFFERED entry of the showtime. */
    Optional<WaitlistEntry> active(long showtimeId, long userId);

    /** The showtime's WAITING entries in joining order. */
    List<WaitlistEntry> waiting(long showtimeId);

    /** The OFFERED entry whose offer is this booking. */
    Optional<WaitlistEntry> offeredWith(long bookingId);

    /** WAITING to OFFERED with the held booking; false when the entry changed meanwhile. */
    boolean offer(WaitlistEntry entry, long bookingId, Instant offerExpiresAt, Instant now);

    /** An active entry ends (ACCEPTED, EXPIRED, LEFT or CLOSED); false when it changed meanwhile. */
    boolean end(WaitlistEntry entry, WaitlistStatus end, Instant now);

    /** The entry with this id, whatever its status. */
    Optional<WaitlistEntry> find(long id);

    /** The showtime's WAITING and OFFERED entries in joining order (a cancellation closes them). */
    List<WaitlistEntry> activeOf(long showtimeId);

    /**
     * WAITING entries of showtimes that started by {@code now}, oldest first, at most {@code limit} (the sweeper
     * closes them, and finds the rest on its next run).
     */
    List<WaitlistEntry> waitingForStarted(Instant now, int limit);

    /** A page of the customer's entries, newest first. */
    List<WaitlistEntry> ofUser(long userId, PageRequest page);

    /** Scheduled showtimes starting after {@code now} with WAITING entries, at most {@code limit} (the safety net's). */
    List<Long> showtimesWaiting(Instant now, int limit);

    /** Every seat of the showtime that a seat lock row holds now, whatever the state of its booking. */
    Set<Long> lockedSeats(long showtimeId);
}
