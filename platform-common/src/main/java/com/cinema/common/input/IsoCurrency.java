package com.cinema.common.input;

import com.cinema.common.error.ValidationException;

import java.util.Currency;
import java.util.Locale;

/** Money is integer minor units plus an ISO 4217 currency code (docs/architecture.md, "Data ownership"). */
public final class IsoCurrency {

    private IsoCurrency() {
    }

    /** The upper-case ISO 4217 code, or a VALIDATION error naming the field. */
    public static String require(String field, String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(field, "must be an ISO 4217 code such as GBP");
        }
    }
}
