package com.cinema.common.error;

/** The seat hold ran out before the customer paid. */
@ApiError(ErrorCode.HOLD_EXPIRED)
public class HoldExpiredException extends ApiException {

    public HoldExpiredException(String message) {
        super(message);
    }
}
