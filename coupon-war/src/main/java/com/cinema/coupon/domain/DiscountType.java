package com.cinema.coupon.domain;

import com.cinema.common.error.ValidationException;

import java.util.Locale;

/** How a coupon's value reads: a percentage of the order, or a fixed amount in minor units. */
public enum DiscountType {
    PERCENT,
    FIXED;

    /** The type named in an input field, in any case; VALIDATION naming {@code field} otherwise. */
    public static DiscountType parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be PERCENT or FIXED");
        }
    }
}
