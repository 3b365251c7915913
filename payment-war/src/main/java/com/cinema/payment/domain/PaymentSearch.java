package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;

import java.time.Instant;

/**
 * Which payments staff want: optionally in one status, by one method, for one booking or customer, made in
 * [{@code from}, {@code to}), or the one with a receipt number (as the customer reads it out: any case, with or
 * without "RC" and dashes). Null fields do not filter. Errors name the field of the {@code PaymentFilter}.
 */
public record PaymentSearch(PaymentStatus status, PaymentMethod method, Long bookingId, Long userId,
                            String receiptNumber, Instant from, Instant to) {

    public PaymentSearch {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("filter.from", "must not be after to");
        }
        if (receiptNumber != null) {
            receiptNumber = ReceiptNumbers.readAsTyped(receiptNumber).orElseThrow(() -> new ValidationException(
                    "filter.receiptNumber", "is not a receipt number; they look like RC-7KQ4-9XZ2"));
        }
    }

    public static PaymentSearch everything() {
        return new PaymentSearch(null, null, null, null, null, null, null);
    }
}
