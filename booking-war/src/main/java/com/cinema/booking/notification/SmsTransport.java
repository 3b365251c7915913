package com.cinema.booking.notification;

/**
 * Hands an SMS to a provider (chosen by {@code cinema.sms.provider}, {@link SmsConfig}): a file under the data
 * folder, or an HTTP SMS gateway. Throws {@link Undeliverable} when the provider refused the message for good,
 * anything else to be retried through the outbox.
 */
public interface SmsTransport {

    void deliver(SmsMessage message) throws Exception;
}
