package com.cinema.common.error;

/** A coupon does not apply: unknown, expired, exhausted or below its minimum order. */
@ApiError(ErrorCode.COUPON_INVALID)
public class CouponInvalidException extends ApiException {

    public CouponInvalidException(String message) {
        super(message);
    }
}
