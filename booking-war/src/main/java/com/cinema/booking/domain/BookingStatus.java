package com.cinema.booking.domain;

import com.cinema.common.input.EnumInput;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is in the saga (docs/architecture.md, the booking saga); the names are those of the booking
 * table's check. {@link #canBecome} is the one table of allowed moves: HELD is paid for (PAYMENT_PENDING),
 * runs out (EXPIRED) or is given back (CANCELLED); a payment ends CONFIRMED, FAILED, or back at HELD when
 * declined; a confirmed booking may be CANCELLED or REFUNDED. Every other move is a {@link BookingTransitionException}.
 */
public enum BookingStatus {
    HELD,
    PAYMENT_PENDING,
    CONFIRMED,
    CANCELLED,
    EXPIRED,
    REFUNDED,
    FAILED;

    /** The statuses this one may move to next. */
    public Set<BookingStatus> next() {
        return switch (this) {
            case HELD -> EnumSet.of(PAYMENT_PENDING, EXPIRED, CANCELLED);
            case PAYMENT_PENDING -> EnumSet.of(CONFIRMED, HELD, FAILED);
            case CONFIRMED -> EnumSet.of(CANCELLED, REFUNDED);
            case CANCELLED, EXPIRED, REFUNDED, FAILED -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    public boolean canBecome(BookingStatus target) {
        return next().contains(target);
    }

    /** The move, or a {@link BookingTransitionException} (CONFLICT) when the table does not allow it. */
    public BookingStatus moveTo(BookingStatus target) {
        if (!canBecome(target)) {
            throw new BookingTransitionException(this, target);
        }
        return target;
    }

    /** Whether nothing can happen to a booking in this status any more. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /**
     * Whether the booking keeps its seats whatever its hold time says: a payment is under way or done. A HELD
     * booking keeps them only until its hold runs out.
     */
    public boolean keepsSeatsPastHoldTime() {
        return this == PAYMENT_PENDING || this == CONFIRMED;
    }

    /** How a seat locked by a booking in this status shows on the seat map: paid seats are SOLD. */
    public SeatStatus seatStatus() {
        return this == CONFIRMED ? SeatStatus.SOLD : SeatStatus.HELD;
    }

    /** The status named by a caller, ignoring case and surrounding blanks, or a VALIDATION error of field. */
    public static BookingStatus parse(String field, String value) {
        return EnumInput.parse(BookingStatus.class, field, value);
    }
}
