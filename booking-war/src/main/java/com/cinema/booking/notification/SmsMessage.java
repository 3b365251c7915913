package com.cinema.booking.notification;

/**
 * One composed SMS; {@code idempotencyKey} is the same every time this notice is composed, so a provider that
 * honours it (the HTTP provider sends it as {@code Idempotency-Key}) delivers a repeat once.
 */
public record SmsMessage(String idempotencyKey, String to, String text) {
}
