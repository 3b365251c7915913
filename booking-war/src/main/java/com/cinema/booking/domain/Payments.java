package com.cinema.booking.domain;

import java.util.Optional;

/**
 * The payment service as the checkout saga uses it (port; the adapter is {@code client.PaymentServiceClient}).
 * A refused charge is PAYMENT_DECLINED (with {@code reason}, {@code retryable}, {@code paymentId}); a charge
 * whose answer never came is UPSTREAM_UNAVAILABLE and its outcome is asked for by idempotency key.
 */
public interface Payments {

    /** Charges the signed-in customer (their own token) once per key: SUCCEEDED, or PENDING while undecided. */
    PaymentOutcome charge(ChargeOrder order);

    /** The payment a charge of this customer with this key made, if any (the service's own token). */
    Optional<PaymentOutcome> byIdempotencyKey(String idempotencyKey, long userId);

    /** Gives back all that is left of the payment, once per key (the service's own token). */
    void refund(long paymentId, String reason, String idempotencyKey);

    /** What one charge asks for; the amount always comes from the stored booking. */
    record ChargeOrder(long bookingId, int amountCents, String currency, String idempotencyKey,
                       PaymentDetails payment) {
    }

    /** A payment as far as the saga cares: its id and status (PENDING, SUCCEEDED, FAILED, REFUNDED, ...). */
    record PaymentOutcome(long paymentId, String status, String failureReason) {

        public boolean succeeded() {
            return "SUCCEEDED".equals(status) || "PARTIALLY_REFUNDED".equals(status) || "REFUNDED".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }
    }
}
