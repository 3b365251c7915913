package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.SeatUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 1 of the saga (docs/architecture.md, the booking saga): holding seats, and giving them back.
 * Availability is never read and then written: the hold locks every seat ({@link SeatLocks}) in the same
 * transaction as the booking, and the database key decides. A refused lock rolls the whole hold back (nothing
 * is held) and becomes SEAT_UNAVAILABLE; lock contention is retried ({@link Transactions#retrying}), then
 * also SEAT_UNAVAILABLE. A customer's unpaid seats are capped ({@link HoldQuota}), counted under the customer's
 * lock in the hold's own transaction. A seat already taken when the hold first reads the showtime is refused
 * before anything is written; that read only refuses, it never grants a seat. Each use case is one transaction
 * (a hold: one to read, then its own, see {@link #hold}).
 */
@ApplicationScoped
public class SeatHolds {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    SeatLocks seatLocks;

    @Inject
    CustomerHolds customerHolds;

    @Inject
    CustomerLocks customerLocks;

    @Inject
    SeatEvents seatEvents;

    @Inject
    SeatRelease seatRelease;

    @Inject
    HoldExpiry expiry;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    @Inject
    SeatOccupancy occupancy;

    @Inject
    ShowtimeHoldLocks holdLocks;

    @Inject
    SeatRuleSettings seatRules;

    @Inject
    Clock clock;

    /** A seat asked for is locked by another booking; thrown inside the hold's transaction to roll it back. */
    private static final class SeatsTaken extends RuntimeException {
        SeatsTaken() {
            super("seats taken", null, false, false);
        }
    }

    /**
     * Holds the seats for the user. Checks everything that needs no lock first (seat count, seats of the
     * auditorium and not blocked, showtime scheduled and not started) and refuses at once a seat seen taken
     * then; then tries the hold, where the seat locks alone decide; when a seat is locked by a hold whose time
     * is up, that hold is expired and the hold tried once more (also when someone else, e.g. the sweeper, freed
     * the seats in between: a refused lock alone never makes a free seat SEAT_UNAVAILABLE).
     */
    public Booking hold(long userId, long showtimeId, List<String> rawSeatIds) {
        List<Long> seatIds = HoldRequest.seatIds(rawSeatIds);
        FirstRead read = firstRead(showtimeId, seatIds)
                .orElseThrow(() -> new NotFoundException("Showtime", showtimeId));
        Showtime showtime = read.showtime();
        if (showtime.isCancelled()) {
            throw new ConflictException("Showtime " + showtimeId + " is cancelled");
        }
        if (!showtime.takesHoldsAt(clock.instant())) {
            throw new ConflictException("Showtime " + showtimeId + " has already started");
        }
        AuditoriumLayout layout = auditoriums.get(showtime.getAuditoriumId())
                .orElseThrow(() -> new ConflictException("The auditorium of showtime " + showtimeId + " no longer exists"));
        List<AuditoriumLayout.SeatInfo> seats = HoldRequest.seats(layout, seatIds);
        if (layout.seatRulesEnabled()) {
            // Needs no other booking: the companion seat and its wheelchair space must be in this one hold.
            SeatRules.checkCompanions(layout, seats, SeatRules.companionsOnGeneralSale(showtime.getStartsAt(),
                    clock.instant(), seatRules.companionReleaseBefore()));
        }
        if (!read.takenSeatIds().isEmpty()) {
            // Refused before anything is written: half the attempts on a busy showtime end here, and such an
            // attempt would otherwise insert a booking and its tickets only to roll them back.
            throw unavailable(seats);
        }
        try {
            return tryHoldRegistering(userId, showtime, layout, seats);
        } catch (SeatsTaken taken) {
            if (!expiry.expireRunOutLocking(showtimeId, seatIds, clock.instant())) {
                throw unavailable(seats);
            }
        }
        try {
            return tryHoldRegistering(userId, showtime, layout, seats);
        } catch (SeatsTaken stillTaken) {
            throw unavailable(seats);
        }
    }

    /** The showtime, and which of the seats asked for were taken when it was read. */
    private record FirstRead(Showtime showtime, Set<Long> takenSeatIds) {
    }

    /** One transaction before the hold's: reads the showtime and which of the seats are taken now. */
    private Optional<FirstRead> firstRead(long showtimeId, List<Long> seatIds) {
        try {
            return transactions.retrying(() -> {
                Instant now = clock.instant();
                return showtimes.find(showtimeId)
                        .map(found -> new FirstRead(found, occupancy.takenAmong(showtimeId, seatIds, now)));
            });
        } catch (TransientStoreFailure e) {
            throw inDemand();
        }
    }

    /**
     * The hold, after making the customer's quota lock row in a transaction of its own when this is their first
     * hold ({@link CustomerHolds#register}: never inside the hold's transaction). Writing that row before every
     * hold, even as a no-op, was 4 % of the booking server's CPU under the seat-hold benchmark (issue #16).
     */
    private Booking tryHoldRegistering(long userId, Showtime showtime, AuditoriumLayout layout,
                                       List<AuditoriumLayout.SeatInfo> seats) {
        try {
            return customerLocks.run(userId, () -> tryHold(userId, showtime, layout, seats));
        } catch (TransientStoreFailure e) {
            // Making the lock row met lock contention throughout (the hold itself answers its own).
            throw inDemand();
        }
    }

    /**
     * One transaction (repeated on lock contention): booking, tickets, one seat lock and one HELD event per seat.
     * Where the seat rules apply, the showtime's hold lock is taken after the customer's (always in that order)
     * and the stranding rule is checked once this hold's seats are locked, against every seat taken then.
     */
    private Booking tryHold(long userId, Showtime showtime, AuditoriumLayout layout,
                            List<AuditoriumLayout.SeatInfo> seats) {
        long showtimeId = showtime.getId();
        try {
            Booking booking = transactions.retrying(() -> {
                // The customer's lock first: two holds of one customer are counted one after the other. The
                // time is read after it, so a wait for the lock neither shortens the hold nor dates it early.
                customerLocks.lock(userId);
                if (layout.seatRulesEnabled()) {
                    holdLocks.lock(showtimeId);
                }
                Instant now = clock.instant();
                settings.holdQuota().check(customerHolds.unpaidSeats(userId, now), showtimeId, seats.size());
                Booking held = new Booking(newCode(), userId, showtimeId, showtime.getCurrency(),
                        now.plus(settings.holdDuration()),
                        HoldRequest.tickets(seats, showtime.getBasePriceCents(), settings.pricing()));
                bookings.add(held);
                if (!seatLocks.lock(showtimeId, held.getId(), seats.stream().map(AuditoriumLayout.SeatInfo::id).toList(), now)) {
                    throw new SeatsTaken();
                }
                if (layout.seatRulesEnabled()) {
                    // Read under the showtime's hold lock: every hold committed before this one is seen here,
                    // and this hold's own seats count as taken (they are locked above).
                    SeatRules.checkStranding(layout, occupancy.takenSeats(showtimeId, now).keySet(), seats);
                }
                // Re-read under the seat locks' reference to the showtime: one cancelled or moved since the
                // checks above must not keep this hold.
                if (!showtimes.find(showtimeId).map(s -> s.isScheduledIn(showtime.getAuditoriumId())).orElse(false)) {
                    throw new ConflictException("Showtime " + showtimeId
                            + " changed or was cancelled meanwhile; please look again");
                }
                seatEvents.record(showtimeId, held.getTickets(), SeatStatus.HELD, now);
                return held;
            });
            metrics.holdCreated();
            return booking;
        } catch (TransientStoreFailure e) {
            throw inDemand();
        }
    }

    /** Lock waits given up on, even after the retries: nothing was held. */
    private SeatUnavailableException inDemand() {
        metrics.holdConflict();
        return new SeatUnavailableException("The seats are in demand right now; nothing was held, please try again");
    }

    private SeatUnavailableException unavailable(List<AuditoriumLayout.SeatInfo> seats) {
        metrics.holdConflict();
        return new SeatUnavailableException(seats.size() == 1
                ? "Seat " + seats.get(0).label() + " is no longer available"
                : "At least one of the seats is no longer available; nothing was held");
    }

    /**
     * Gives a held booking's seats back (status CANCELLED). Only the owner may; others get NOT_FOUND.
     * Releasing a booking that is already cancelled or expired changes nothing; one being paid for or paid
     * is a CONFLICT. Lock contention that outlasts the retries is a CONFLICT too, with nothing released: the
     * customer may simply try again ({@link Contention}: logged, as no release should meet that much contention).
     */
    public Booking release(long userId, long bookingId) {
        return Contention.answering(() -> Contention.busy("Booking " + bookingId, "nothing was released"),
                () -> transactions.retrying(() -> {
                    Booking booking = bookings.lockForChange(bookingId)
                            .filter(b -> b.getUserId() == userId)
                            .orElseThrow(() -> new NotFoundException("Booking", bookingId));
                    if (booking.release()) {
                        seatRelease.free(booking, clock.instant());
                        metrics.holdReleased();
                    }
                    return booking;
                }));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
