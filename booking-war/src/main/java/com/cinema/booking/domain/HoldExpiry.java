package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 4 of the saga: holds whose time is up become EXPIRED and their seats AVAILABLE. Each booking is
 * re-read under its row lock before it changes, so every replica may expire at once and a booking being paid
 * for (PAYMENT_PENDING) is never expired, whatever its hold time says.
 */
@ApplicationScoped
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());

    /** Candidates read at once, and such batches per sweep at most. */
    static final int BATCH = 200;
    static final int MAX_BATCHES = 10;

    @Inject
    BookingStore bookings;

    @Inject
    SeatRelease seats;

    @Inject
    Transactions transactions;

    @Inject
    BookingMetrics metrics;

    @Inject
    SeatOccupancy occupancy;

    /**
     * Expires every hold that ran out by {@code now}, each in its own transaction; returns how many. A hold
     * that cannot be expired (lock contention, or a row that fails whatever the reason) is skipped and left to
     * the next sweep, so one poison row never stalls the holds after it.
     */
    @SuppressWarnings("java:S1181")
    public int expireRunOut(Instant now) {
        int expired = 0;
        Set<Long> skipped = new HashSet<>();
        List<Long> due;
        int batches = 0;
        do {
            // Rows skipped in this sweep come back in every read: ask for that many more.
            due = transactions.inOne(() -> bookings.runOutHolds(now, BATCH + skipped.size())).stream()
                    .filter(id -> !skipped.contains(id)).toList();
            for (Long bookingId : due) {
                try {
                    if (transactions.inOne(() -> expireIfRunOut(bookingId, now))) {
                        expired++;
                    }
                } catch (TransientStoreFailure e) {
                    // A hold request or another replica is working on it; the next sweep looks again.
                    skipped.add(bookingId);
                } catch (Throwable e) {
                    skipped.add(bookingId);
                    LOG.log(Level.WARNING, "Could not expire hold " + bookingId + "; skipped until the next sweep: " + e, e);
                }
            }
        } while (due.size() >= BATCH && ++batches < MAX_BATCHES);
        metrics.holdsExpired(expired);
        return expired;
    }

    /**
     * Expires, in one transaction, the run-out holds that lock any of these seats, so a new hold can take
     * them at once. True when none of the seats is taken any more (whoever freed them: this call, the sweeper
     * or a release since the hold's lock was refused), or when another transaction was busy with them: worth
     * one more try of the hold. False when a seat is still kept, so no doomed second attempt is made.
     */
    public boolean expireRunOutLocking(long showtimeId, Collection<Long> seatIds, Instant now) {
        try {
            Expiry expiry = transactions.inOne(() -> {
                int count = 0;
                for (Long bookingId : bookings.runOutHoldsLocking(showtimeId, seatIds, now)) {
                    count += expireIfRunOut(bookingId, now) ? 1 : 0;
                }
                return new Expiry(count, occupancy.takenAmong(showtimeId, seatIds, now).isEmpty());
            });
            metrics.holdsExpired(expiry.expired());
            return expiry.seatsFree();
        } catch (TransientStoreFailure e) {
            return true;
        }
    }

    private record Expiry(int expired, boolean seatsFree) {
    }

    /** In the caller's transaction: expires the booking when it is a hold that ran out. */
    private boolean expireIfRunOut(long bookingId, Instant now) {
        Booking booking = bookings.lockForChange(bookingId).orElse(null);
        if (booking == null || !booking.holdRanOutAt(now)) {
            return false;
        }
        booking.expire(now);
        seats.free(booking, now);
        return true;
    }
}
