package com.cinema.payment.api;

import com.cinema.common.error.ValidationException;

/** A field that is optional in the schema but required by the chosen payment method. */
final class Required {

    private Required() {
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required for this payment method");
        }
        return value.strip();
    }
}
