package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which bookings staff want: optionally in one status, of one user, for one showtime, created in
 * [{@code from}, {@code to}), or the one with a code (as printed on its tickets and quoted at the desk, read in any
 * case). Null fields do not filter. Errors name the field of the {@code BookingFilter}.
 */
public record BookingSearch(BookingStatus status, Long userId, Long showtimeId, Instant from, Instant to, String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,16}");

    public BookingSearch {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("filter.from", "must not be after to");
        }
        if (code != null) {
            code = code.strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new ValidationException("filter.code", "must be 1 to 16 letters or digits");
            }
        }
    }

    public static BookingSearch everything() {
        return new BookingSearch(null, null, null, null, null, null);
    }
}
