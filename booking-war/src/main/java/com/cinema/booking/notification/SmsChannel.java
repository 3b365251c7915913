package com.cinema.booking.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * SMS: a notice goes by text only to a customer who opted in with a number, as the user service says at send time.
 * Otherwise the row is SKIPPED (not an error). The text is composed only when there is someone to send it to.
 */
@ApplicationScoped
public class SmsChannel implements NoticeChannel {

    static final String NOT_OPTED_IN = "the customer has not opted in to SMS";
    /** The user service answers no contact for an unknown customer and for a closed account alike. */
    static final String UNKNOWN_CUSTOMER = "the user service has no contact for the customer (unknown or account closed)";

    @Inject
    NoticeComposer composer;

    @Inject
    SmsTransport transport;

    private BiFunction<OutboxNotice, String, SmsMessage> compose;

    SmsChannel() {
        // for CDI
    }

    /** For tests: a plain composing function (notice, phone number) instead of the composer bean. */
    SmsChannel(BiFunction<OutboxNotice, String, SmsMessage> compose, SmsTransport transport) {
        this.compose = compose;
        this.transport = transport;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Outcome deliver(OutboxNotice notice, ContactDirectory contacts) throws Exception {
        Optional<ContactDirectory.Contact> contact = contacts.contact(notice.customerId());
        if (contact.isEmpty()) {
            return new Skipped(UNKNOWN_CUSTOMER);
        }
        if (!contact.get().smsOptIn() || contact.get().phone() == null || contact.get().phone().isBlank()) {
            return new Skipped(NOT_OPTED_IN);
        }
        String phone = contact.get().phone();
        transport.deliver(compose != null ? compose.apply(notice, phone) : composer.composeSms(notice, phone));
        return new Delivered();
    }
}
