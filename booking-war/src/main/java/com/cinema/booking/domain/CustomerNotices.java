package com.cinema.booking.domain;

import java.util.List;

/**
 * The notices recorded about a customer's bookings and waitlist entries, read back for the customer's own copy of
 * their data and for staff helping them with one booking (port; the adapter is {@code persistence.NotificationOutbox}). Runs inside the caller's
 * {@link Transactions} transaction.
 */
public interface CustomerNotices {

    /**
     * Every notice about the customer's bookings and waitlist entries, and nobody else's, newest first (by when it was
     * queued, then by id); no cap: a customer has a few hundred at most.
     */
    List<CustomerNotice> ofCustomer(long userId);

    /**
     * The notices about one of the customer's bookings (a waitlist offer's included: it is about the offered booking),
     * newest first; empty when the booking is not theirs. {@code userId} null: whoever's it is (staff, who help the
     * customer with what was sent where).
     */
    List<CustomerNotice> ofBooking(Long userId, long bookingId);
}
