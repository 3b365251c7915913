package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;
import com.cinema.common.input.IsoCurrency;

/**
 * One charge as the booking service asks for it. The owner is the signed-in customer (the token's subject),
 * never an id the caller chose.
 */
public record ChargeRequest(long owner, long bookingId, int amountCents, String currency, String idempotencyKey,
                            PaymentInstrument instrument) {

    /** Large enough for any basket of tickets; anything above is a mistake. */
    public static final int MAX_AMOUNT_CENTS = InputLimits.AMOUNT_MAX_CENTS;
    public static final int MAX_KEY_LENGTH = 100;

    public ChargeRequest {
        if (amountCents < 1 || amountCents > MAX_AMOUNT_CENTS) {
            throw new ValidationException("amountCents", "must be 1 to " + MAX_AMOUNT_CENTS + " minor units");
        }
        currency = IsoCurrency.require("currency", currency);
        idempotencyKey = IdempotencyKeys.require(idempotencyKey);
    }

    public PaymentMethod method() {
        return instrument.method();
    }

    /** Equal for a repeated request, different when any parameter changed. */
    public String fingerprint() {
        return Fingerprints.of(bookingId, amountCents, currency, instrument.fingerprint());
    }
}
