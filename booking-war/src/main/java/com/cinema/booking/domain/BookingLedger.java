package com.cinema.booking.domain;

import com.cinema.booking.persistence.BookingRepository;
import com.cinema.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Staff's reading of bookings. Each use case runs in one transaction and returns bookings with their
 * tickets loaded, so callers can read them after it ends. Inputs are checked before (by
 * {@link BookingSearch} and {@link PageRequest}), so nothing here throws a caller's error.
 */
@ApplicationScoped
@Transactional
public class BookingLedger {

    @Inject
    BookingRepository bookings;

    /** A page of matches and the number of all matches. */
    public record Results(List<Booking> bookings, long total) {
    }

    /** Matching bookings, newest first. */
    public Results search(BookingSearch search, PageRequest page) {
        return new Results(bookings.search(search, page), bookings.countMatching(search));
    }
}
