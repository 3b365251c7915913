package com.cinema.booking.notification;

import java.util.Optional;

/**
 * How a customer wants to hear about bookings (port; the adapter is {@code client.UserContactClient}, the user
 * service's SERVICE-only {@code contactPreferences}). Asked at send time, so a later opt-out or new number counts.
 * Throws when the user service cannot answer: the SMS is retried later, the e-mail is not affected.
 */
public interface ContactDirectory {

    /** {@code smsOptIn} is never true without a phone. */
    record Contact(String email, String phone, boolean smsOptIn) {
    }

    /** Empty for an unknown customer. */
    Optional<Contact> contact(long userId);
}
