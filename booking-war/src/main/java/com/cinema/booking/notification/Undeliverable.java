package com.cinema.booking.notification;

/**
 * A delivery that no retry can fix (the provider refused the message itself, e.g. HTTP 400 or 401): the notice is
 * FAILED at once instead of waiting out every backoff. Anything else thrown is retried.
 */
public class Undeliverable extends Exception {

    public Undeliverable(String message) {
        super(message);
    }
}
