package com.cinema.common.error;

/** The payment processor refused the charge; nothing was taken. */
@ApiError(ErrorCode.PAYMENT_DECLINED)
public class PaymentDeclinedException extends ApiException {

    public PaymentDeclinedException(String message) {
        super(message);
    }
}
