package com.cinema.booking.domain;

import com.cinema.booking.persistence.BookingRepository;
import com.cinema.booking.persistence.HoldStore;
import com.cinema.booking.persistence.ShowtimeRepository;
import com.cinema.booking.persistence.SqlFailures;
import com.cinema.booking.persistence.Transactions;
import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.SeatUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 1 of the saga (DESIGN.md §7): holding seats, and giving them back. Availability is never read and
 * then written: the hold inserts one seat_lock row per seat in the same transaction as the booking, and
 * the primary key of seat_lock decides. A refused key rolls the whole hold back (nothing is held) and
 * becomes SEAT_UNAVAILABLE; a deadlock or lock timeout is retried, then also SEAT_UNAVAILABLE.
 */
@ApplicationScoped
public class SeatHolds {

    private static final Logger LOG = Logger.getLogger(SeatHolds.class.getName());
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_ATTEMPTS = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Transactions transactions;

    @Inject
    BookingRepository bookings;

    @Inject
    ShowtimeRepository showtimes;

    @Inject
    HoldStore holds;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    /** How one attempt at a hold ended. */
    private enum Result { HELD, TAKEN, RETRY, SHOWTIME_CHANGED }

    private record Attempt(Result result, Booking booking) {
    }

    /** Thrown inside the transaction to roll it back; never leaves this class. */
    private static final class Abort extends RuntimeException {
        final Result result;

        Abort(Result result) {
            super(result.name(), null, false, false);
            this.result = result;
        }
    }

    /**
     * Holds the seats for the user. Checks everything that needs no lock first (seat count, seats of the
     * auditorium and not blocked, showtime scheduled and not started), then tries the hold.
     */
    public Booking hold(long userId, long showtimeId, List<String> rawSeatIds) {
        List<Long> seatIds = HoldRequest.seatIds(rawSeatIds);
        Instant now = Instant.now();
        Showtime showtime = transactions.run(() -> showtimes.find(showtimeId));
        if (showtime == null) {
            throw new NotFoundException("Showtime", showtimeId);
        }
        if (showtime.getStatus() == ShowtimeStatus.CANCELLED) {
            throw new ConflictException("Showtime " + showtimeId + " is cancelled");
        }
        if (!showtime.takesHoldsAt(now)) {
            throw new ConflictException("Showtime " + showtimeId + " has already started");
        }
        AuditoriumLayout layout = auditoriums.get(showtime.getAuditoriumId())
                .orElseThrow(() -> new ConflictException("The auditorium of showtime " + showtimeId + " no longer exists"));
        List<AuditoriumLayout.SeatInfo> seats = HoldRequest.seats(layout, seatIds);
        List<Ticket> prices = HoldRequest.tickets(seats, showtime.getBasePriceCents(), settings.pricing());

        boolean freedExpired = false;
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = attempt(userId, showtime, seats, prices);
            switch (outcome.result()) {
                case HELD -> {
                    metrics.holdCreated();
                    return outcome.booking();
                }
                case SHOWTIME_CHANGED -> throw new ConflictException(
                        "Showtime " + showtimeId + " changed or was cancelled meanwhile; please look again");
                case TAKEN -> {
                    if (!freedExpired && expireDueHolds(showtimeId, seatIds)) {
                        freedExpired = true;
                        continue;
                    }
                    metrics.holdConflict();
                    throw new SeatUnavailableException(seats.size() == 1
                            ? "Seat " + seats.get(0).label() + " is no longer available"
                            : "At least one of the seats is no longer available; nothing was held");
                }
                case RETRY -> {
                    if (attempt >= MAX_ATTEMPTS) {
                        metrics.holdConflict();
                        throw new SeatUnavailableException("The seats are in demand right now; nothing was held, "
                                + "please try again");
                    }
                    ShowtimeSchedule.pause(attempt);
                }
                default -> throw new IllegalStateException(outcome.result().name());
            }
        }
    }

    /** One transaction: booking, tickets, one seat lock per seat, a HELD event per seat. */
    private Attempt attempt(long userId, Showtime showtime, List<AuditoriumLayout.SeatInfo> seats,
                            List<Ticket> prices) {
        long showtimeId = showtime.getId();
        Instant now = Instant.now();
        try {
            return transactions.run(() -> {
                List<Ticket> tickets = prices.stream()
                        .map(t -> new Ticket(t.getSeatId(), t.getSeatLabel(), t.getSeatType(), t.getPriceCents()))
                        .toList();
                Booking booking = new Booking(newCode(), userId, showtimeId, showtime.getCurrency(),
                        now.plus(settings.holdDuration()), tickets);
                bookings.add(booking);
                bookings.flush();
                try {
                    holds.lockSeats(showtimeId, booking.getId(), seats.stream().map(AuditoriumLayout.SeatInfo::id).toList(),
                            now);
                } catch (RuntimeException e) {
                    if (SqlFailures.isDuplicateKey(e)) {
                        throw new Abort(Result.TAKEN);
                    }
                    throw e;
                }
                // Re-read under the seat locks' foreign key: a showtime cancelled or moved since the checks
                // above must not keep this hold.
                Object[] state = holds.showtimeState(showtimeId);
                if (state == null || !ShowtimeStatus.SCHEDULED.name().equals(state[0])
                        || ((Number) state[1]).longValue() != showtime.getAuditoriumId()) {
                    throw new Abort(Result.SHOWTIME_CHANGED);
                }
                holds.addEvents(showtimeId, seats.stream().map(s -> new HoldStore.SeatRef(s.id(), s.label())).toList(),
                        "HELD", now);
                return new Attempt(Result.HELD, booking);
            });
        } catch (Abort abort) {
            return new Attempt(abort.result, null);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return new Attempt(Result.TAKEN, null);
            }
            if (SqlFailures.isTransient(e)) {
                LOG.log(Level.FINE, "Hold attempt for showtime " + showtimeId + " hit a lock conflict; retrying", e);
                return new Attempt(Result.RETRY, null);
            }
            throw e;
        }
    }

    /** Expires holds whose time is up that lock any of these seats; true when at least one was expired now. */
    private boolean expireDueHolds(long showtimeId, List<Long> seatIds) {
        Instant now = Instant.now();
        try {
            int expired = transactions.run(() -> {
                int count = 0;
                for (Long bookingId : holds.dueHoldsLocking(showtimeId, seatIds, now)) {
                    if (holds.endHold(bookingId, BookingStatus.EXPIRED.name(), null, true, now)) {
                        count++;
                    }
                }
                return count;
            });
            metrics.holdsExpired(expired);
            return expired > 0;
        } catch (RuntimeException e) {
            if (SqlFailures.isTransient(e)) {
                return true; // someone else is freeing them right now: one more try is worth it
            }
            throw e;
        }
    }

    /**
     * Gives a held booking's seats back (status CANCELLED). Only the owner may; others get NOT_FOUND.
     * Releasing a booking that is already cancelled or expired changes nothing.
     */
    public Booking release(long userId, long bookingId) {
        for (int attempt = 1; ; attempt++) {
            Instant now = Instant.now();
            try {
                Booking released = transactions.run(() -> {
                    Booking booking = bookings.find(bookingId);
                    if (booking == null || booking.getUserId() != userId) {
                        return null;
                    }
                    if (booking.getStatus() == BookingStatus.HELD) {
                        holds.endHold(bookingId, BookingStatus.CANCELLED.name(), userId, false, now);
                    }
                    return booking;
                });
                if (released == null) {
                    throw new NotFoundException("Booking", bookingId);
                }
                Booking current = transactions.run(() -> bookings.find(bookingId));
                if (current.getStatus() != BookingStatus.CANCELLED && current.getStatus() != BookingStatus.EXPIRED) {
                    throw new ConflictException("Booking " + bookingId + " is " + current.getStatus()
                            + " and can no longer be released");
                }
                return current;
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || e instanceof ApiException || !SqlFailures.isTransient(e)) {
                    throw e;
                }
                ShowtimeSchedule.pause(attempt);
            }
        }
    }

    /** The booking if the caller may see it (owner, or staff), else NOT_FOUND. */
    public Booking booking(long callerId, boolean staff, long bookingId) {
        Booking booking = transactions.run(() -> bookings.find(bookingId));
        if (booking == null || (!staff && booking.getUserId() != callerId)) {
            throw new NotFoundException("Booking", bookingId);
        }
        return booking;
    }

    /** The caller's bookings, newest first (at most 100). */
    public List<Booking> mine(long userId, Boolean upcoming) {
        Instant now = Instant.now();
        return transactions.run(() -> bookings.ofUser(userId, upcoming, now, 100));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
