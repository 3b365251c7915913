package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;

/** A booking was asked to move where {@link BookingStatus#canBecome} does not allow: a CONFLICT for the caller. */
public class BookingTransitionException extends ConflictException {

    private final BookingStatus from;
    private final BookingStatus to;

    public BookingTransitionException(BookingStatus from, BookingStatus to) {
        this(from, to, "A booking that is " + from + " cannot become " + to);
    }

    public BookingTransitionException(BookingStatus from, BookingStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public BookingStatus from() {
        return from;
    }

    public BookingStatus to() {
        return to;
    }
}
