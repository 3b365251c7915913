package com.cinema.booking.domain;

import com.cinema.common.error.NotFoundException;
import com.cinema.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Reading bookings: a customer's own, and staff's search over all. Each read is one transaction and returns
 * bookings with their tickets loaded, so callers can read them after it ends. Inputs are checked before (by
 * {@link BookingSearch} and {@link PageRequest}).
 */
@ApplicationScoped
public class BookingLedger {

    /** A customer sees at most this many of their bookings at once: a page of {@code myBookings}. */
    static final int MAX_OWN_BOOKINGS = PageRequest.MAX_SIZE;

    @Inject
    BookingStore bookings;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /** A page of matches and the number of all matches. */
    public record Results(List<Booking> bookings, long total) {
    }

    /** Matching bookings, newest first. */
    public Results search(BookingSearch search, PageRequest page) {
        return transactions.inOne(() -> new Results(bookings.search(search, page), bookings.countMatching(search)));
    }

    /** The booking if the caller may see it (its owner, or staff), else NOT_FOUND: never FORBIDDEN. */
    public Booking visibleTo(long callerId, boolean staff, long bookingId) {
        return transactions.inOne(() -> bookings.find(bookingId))
                .filter(b -> staff || b.getUserId() == callerId)
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }

    /** These bookings, newest first: every one for staff, only the caller's own for a customer. */
    public List<Booking> byIds(Collection<Long> ids, long callerId, boolean staff) {
        return transactions.inOne(() -> bookings.byIds(ids, staff ? null : callerId));
    }

    /**
     * A page of the caller's bookings, newest first, {@link #MAX_OWN_BOOKINGS} to a page (zero-based, null: the
     * first); see {@link BookingStore#ofUser} for {@code upcoming}.
     */
    public List<Booking> ofCustomer(long userId, Boolean upcoming, Integer page) {
        PageRequest request = PageRequest.of(page, MAX_OWN_BOOKINGS);
        return transactions.inOne(() -> bookings.ofUser(userId, upcoming, clock.instant(), request));
    }
}
