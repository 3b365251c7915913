package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What the platform told, or is to tell, a customer about their bookings and waitlist places (their right of
 * access): the notification outbox's rows about them, read in one transaction.
 */
@ApplicationScoped
public class NoticeHistory {

    @Inject
    CustomerNotices notices;

    @Inject
    Transactions transactions;

    /** The customer's notices, newest first ({@link CustomerNotices#ofCustomer}). */
    public List<CustomerNotice> ofCustomer(long userId) {
        return transactions.inOne(() -> notices.ofCustomer(userId));
    }

    /** Those about one of the customer's bookings ({@link CustomerNotices#ofBooking}). */
    public List<CustomerNotice> ofBooking(long userId, long bookingId) {
        return transactions.inOne(() -> notices.ofBooking(userId, bookingId));
    }

    /** Those about any customer's booking, for staff ({@link CustomerNotices#ofBooking} with no customer). */
    public List<CustomerNotice> ofAnyBooking(long bookingId) {
        return transactions.inOne(() -> notices.ofBooking(null, bookingId));
    }
}
