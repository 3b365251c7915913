package com.cinema.coupon.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.IsoCurrency;

import java.util.Locale;

/**
 * A booking asking to use a coupon: the customer (from the token), the booking, its subtotal in minor units
 * and currency, and optionally the movie and cinema (for coupons limited to some). Field names in errors are
 * those of the GraphQL input.
 */
public record CouponOrder(String code, long userId, long bookingId, int subtotalCents, String currency,
                          Long movieId, Long cinemaId) {

    public CouponOrder {
        // Not the code rules of a new coupon: a mistyped code is simply UNKNOWN.
        if (code == null || code.isBlank()) {
            throw new ValidationException("code", "is required");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (subtotalCents < 0) {
            throw new ValidationException("subtotalCents", "must not be negative");
        }
        currency = IsoCurrency.require("currency", currency);
    }
}
