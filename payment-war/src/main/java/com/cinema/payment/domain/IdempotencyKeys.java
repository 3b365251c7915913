package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;

/** The caller's key that makes a charge or refund safe to send again. */
final class IdempotencyKeys {

    static final String FIELD = "idempotencyKey";

    private IdempotencyKeys() {
    }

    static String require(String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException(FIELD, "is required");
        }
        if (key.length() > ChargeRequest.MAX_KEY_LENGTH) {
            throw new ValidationException(FIELD, "must be at most " + ChargeRequest.MAX_KEY_LENGTH + " characters");
        }
        return key;
    }
}
