package com.cinema.booking.client;

/** The payment service's {@code RefundInput}: all that is left of the payment, once per key. */
public class RefundInputRef {
    public String paymentId;
    public String reason;
    public String idempotencyKey;

    static RefundInputRef of(long paymentId, String reason, String idempotencyKey) {
        RefundInputRef input = new RefundInputRef();
        input.paymentId = String.valueOf(paymentId);
        input.reason = reason;
        input.idempotencyKey = idempotencyKey;
        return input;
    }
}
