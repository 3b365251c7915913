package com.cinema.booking.notification;

/**
 * The ways a notice reaches a customer. Each notice has one outbox row per channel (booking V10), so a channel is
 * retried, failed or sent on its own and never holds another up.
 */
public enum Channel {
    /** Always: the address the customer booked with. */
    EMAIL,
    /** Only when the customer opted in with a phone number (asked of the user service at send time). */
    SMS
}
