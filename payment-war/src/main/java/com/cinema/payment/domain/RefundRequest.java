package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;

/** A refund of a payment; a null amount means whatever is left of it. */
public record RefundRequest(long paymentId, Integer amountCents, String reason, String idempotencyKey) {

    public static final int MAX_REASON_LENGTH = 500;

    public RefundRequest {
        if (amountCents != null && amountCents < 1) {
            throw new ValidationException("amountCents", "must be at least 1 (or left out to refund what is left)");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "is required");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new ValidationException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        reason = reason.strip();
        idempotencyKey = IdempotencyKeys.require(idempotencyKey);
    }

    /** The same key sent again must ask for the same amount. */
    public String fingerprint() {
        return Fingerprints.of(paymentId, amountCents == null ? "what-is-left" : amountCents);
    }
}
