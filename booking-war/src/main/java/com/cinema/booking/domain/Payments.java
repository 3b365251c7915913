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

    /** A payment as far as the saga cares: its id and what the payment service says of it. */
    record PaymentOutcome(long paymentId, PaymentStatus status, String failureReason) {

        /** Money was taken (and may since have been given back, in part or in full). */
        public boolean succeeded() {
            return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.PARTIALLY_REFUNDED
                    || status == PaymentStatus.REFUNDED;
        }

        public boolean failed() {
            return status == PaymentStatus.FAILED;
        }
    }

    /** The payment service's payment states, as the saga reads them. */
    enum PaymentStatus {
        PENDING, SUCCEEDED, FAILED, PARTIALLY_REFUNDED, REFUNDED;

        /**
         * The state named on the wire. A state this service does not know yet is read as PENDING: undecided, so
         * the booking keeps its seats and the reconciler asks again, rather than confirming or freeing on a guess.
         */
        public static PaymentStatus fromWire(String name) {
            for (PaymentStatus status : values()) {
                if (status.name().equals(name)) {
                    return status;
                }
            }
            return PENDING;
        }
    }
}
