package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a booking is in the saga (DESIGN.md §7); the names are those of the booking table's check. */
public enum BookingStatus {
    HELD,
    PAYMENT_PENDING,
    CONFIRMED,
    CANCELLED,
    EXPIRED,
    REFUNDED,
    FAILED;

    /** The status named by a caller, ignoring case and surrounding blanks, or a VALIDATION error of field. */
    public static BookingStatus parse(String field, String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (BookingStatus status : values()) {
                if (status.name().equals(name)) {
                    return status;
                }
            }
        }
        throw new ValidationException(field, "must be one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
