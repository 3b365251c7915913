package com.cinema.booking.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a customer wants to hear about bookings (port; the adapter is {@code client.UserContactClient}, the user
 * service's SERVICE-only {@code contactPreferences}). Asked at send time, so a later opt-out or new number counts.
 * Throws when the user service cannot answer: the SMS, and a reminder on any channel, is retried later; other
 * e-mails are not affected (they never ask).
 */
public interface ContactDirectory {

    /**
     * {@code smsOptIn} is never true without a phone. {@code reminders} false: the customer turned off the reminders
     * before each showing, on every channel ({@link NoticeComposer#outdated}); other notices still go out.
     */
    record Contact(String email, String phone, boolean smsOptIn, boolean reminders) {
    }

    /** Empty for an unknown customer. */
    Optional<Contact> contact(long userId);

    /**
     * {@code directory} asked at most once per customer, for one round of sending ({@link NotificationSender}): a
     * reminder's check and its SMS, and its e-mail and SMS rows, share one answer of the user service. A failure is
     * not kept, so the next row asks again. For one thread.
     */
    static ContactDirectory askingOnceEach(ContactDirectory directory) {
        Map<Long, Optional<Contact>> answers = new HashMap<>();
        return userId -> answers.computeIfAbsent(userId, directory::contact);
    }
}
