package com.cinema.booking.domain;

import com.cinema.common.paging.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Bookings and their tickets (port; the adapter is {@code persistence.BookingRepository}). Every method runs
 * inside a {@link Transactions} transaction; bookings come back with their tickets loaded.
 */
public interface BookingStore {

    /** Stores a new booking with its tickets at once, so that its id is known and its rows exist. */
    void add(Booking booking);

    Optional<Booking> find(long id);

    /**
     * The booking with its row locked until the transaction ends: every change of a booking's status reads it
     * this way, so two changes of one booking (a release and the sweeper, two replicas' sweepers) happen one
     * after the other and the second sees the first's result.
     */
    Optional<Booking> lockForChange(long id);

    /**
     * One page of the user's bookings, newest first; {@code upcoming} true: bookings that keep their seats for
     * showtimes that have not started; false: bookings of showtimes that have started; null: all.
     */
    List<Booking> ofUser(long userId, Boolean upcoming, Instant now, PageRequest page);

    /** One page of matching bookings, newest first. */
    List<Booking> search(BookingSearch search, PageRequest page);

    long countMatching(BookingSearch search);

    /** These bookings, newest first; only {@code owner}'s when given. Unknown ids are simply missing. */
    List<Booking> byIds(Collection<Long> ids, Long owner);

    /** Ids of HELD bookings whose hold ran out by {@code now}, oldest first: candidates, re-checked under lock. */
    List<Long> runOutHolds(Instant now, int limit);

    /** Ids of HELD bookings of the showtime whose hold ran out by {@code now} and that lock any of the seats. */
    List<Long> runOutHoldsLocking(long showtimeId, Collection<Long> seatIds, Instant now);

    /** Ids of the showtime's HELD bookings, whatever their hold time. */
    List<Long> heldOf(long showtimeId);

    /** HELD bookings whose hold still runs at {@code now}, all showtimes. */
    long activeHolds(Instant now);

    /** Ids of the bookings whose checkout step is {@code step} since {@code before} or earlier, oldest first. */
    List<Long> inStepSince(CheckoutStep step, Instant before, int limit);

    /** Ids of PAYMENT_PENDING bookings whose step last changed by {@code before}, oldest first. */
    List<Long> paymentPendingSince(Instant before, int limit);

    /** Ids of the showtime's CONFIRMED bookings. */
    List<Long> confirmedOf(long showtimeId);

    /**
     * CONFIRMED bookings, with the e-mail they were paid with, of scheduled showtimes starting after {@code now} and
     * at or before {@code startsBy}, made at or before {@code madeBy}, that have no BOOKING_REMINDER notice yet:
     * soonest showtime first, at most {@code limit}.
     */
    List<Long> dueForReminder(Instant now, Instant startsBy, Instant madeBy, int limit);

    /** Id of this customer's booking that used this checkout key, if any (keys are each customer's own). */
    Optional<Long> withIdempotencyKey(long userId, String idempotencyKey);
}
