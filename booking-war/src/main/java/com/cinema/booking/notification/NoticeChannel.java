package com.cinema.booking.notification;

/**
 * One channel's way out (the notification port's adapters: {@link EmailChannel}, {@link SmsChannel}). The sender
 * claims a row, asks its channel to deliver it and records the outcome; the channel composes and hands it on.
 * A new channel is one more implementation and one more {@link Channel} value.
 */
public interface NoticeChannel {

    /** What became of one delivery that did not throw. */
    sealed interface Outcome permits Delivered, Skipped {
    }

    /** Handed on to the provider. */
    record Delivered() implements Outcome {
    }

    /** Nothing to send on this channel for this customer (e.g. not opted in to SMS): never tried again. */
    record Skipped(String reason) implements Outcome {
    }

    Channel channel();

    /**
     * Composes and hands on one notice; {@code contacts} answers for the user service in this round of sending (the
     * customer's number and opt-in at send time). Throws {@link Undeliverable} when no retry can help, anything else
     * when a later attempt may succeed (provider down, another service unreachable).
     */
    Outcome deliver(OutboxNotice notice, ContactDirectory contacts) throws Exception;
}
