package com.cinema.booking.notification;

import com.cinema.booking.domain.BookingNotices;

import java.time.Instant;

/**
 * A notice about {@code subject} (a booking or a waitlist entry) on one channel this replica has claimed until
 * {@code claimedUntil}; {@code attempts} counts earlier failures; {@code repeat} numbers the copies of a kind sent more
 * than once ({@link BookingNotices.Kind#TICKETS_SENT_AGAIN}: 1, 2, ...), 0 for every other notice. {@code recipient} is an e-mail address for
 * {@link Channel#EMAIL} and the customer ({@link #customerRecipient}) for {@link Channel#SMS}, whose number is looked
 * up when it is sent.
 */
public record OutboxNotice(long id, NoticeSubject subject, BookingNotices.Kind kind, Channel channel, String recipient,
                           int attempts, Instant claimedUntil, int repeat) {

    /** A notice sent once per subject, kind and channel (every kind but a numbered copy). */
    public OutboxNotice(long id, NoticeSubject subject, BookingNotices.Kind kind, Channel channel, String recipient,
                        int attempts, Instant claimedUntil) {
        this(id, subject, kind, channel, recipient, attempts, claimedUntil, 0);
    }

    private static final String CUSTOMER = "user:";

    /**
     * The recipient of every outbox row of a customer whose contact details were erased (their account closed;
     * {@code domain.ContactErasure}); such a row is never sent.
     */
    public static final String ERASED_RECIPIENT = "erased";

    /** How an SMS row names its customer. */
    public static String customerRecipient(long userId) {
        return CUSTOMER + userId;
    }

    /**
     * What the customer is shown of a row's recipient ({@code domain.CustomerNotices}): the address of an e-mail;
     * null for an SMS, whose recipient names the customer's account rather than a number, and for an erased one.
     */
    public static String shownRecipient(Channel channel, String recipient) {
        // The user: form is refused on any channel: it is the service's own way of naming a customer.
        if (channel != Channel.EMAIL || recipient == null || ERASED_RECIPIENT.equals(recipient)
                || recipient.startsWith(CUSTOMER)) {
            return null;
        }
        return recipient;
    }

    /** Whether the row's recipient was erased: there is no one to send it to. */
    public boolean recipientErased() {
        return ERASED_RECIPIENT.equals(recipient);
    }

    /** The customer an SMS row is for. */
    public long customerId() {
        if (!recipient.startsWith(CUSTOMER)) {
            throw new IllegalStateException("Notice " + id + " names no customer: " + recipient);
        }
        return Long.parseLong(recipient.substring(CUSTOMER.length()));
    }

    /**
     * The same for every attempt at this notice on this channel: the Message-ID of an e-mail, the idempotency key
     * of an SMS, so a message handed on twice (a crash before SENT) is delivered once.
     */
    public String messageKey() {
        return NoticeText.messageKey(subject, kind, channel, repeat);
    }
}
