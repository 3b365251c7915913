package com.cinema.common.task;

/**
 * How background work records why an attempt failed (an outbox row's {@code last_error}): the exception's simple
 * class name and message, cut to fit the column.
 */
public final class FailureText {

    /** The outboxes' {@code last_error} columns hold this many characters. */
    public static final int MAX_LENGTH = 500;

    private FailureText() {
    }

    /** "MessagingException: 421 try later", at most {@link #MAX_LENGTH} characters. */
    public static String of(Throwable cause) {
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
