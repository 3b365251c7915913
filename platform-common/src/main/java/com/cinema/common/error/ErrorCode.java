package com.cinema.common.error;

/** The closed list of {@code extensions.code} values of the public GraphQL API (docs/api.md, "Errors"). */
public enum ErrorCode {
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    VALIDATION,
    CONFLICT,
    SEAT_UNAVAILABLE,
    HOLD_EXPIRED,
    COUPON_INVALID,
    PAYMENT_DECLINED,
    RATE_LIMITED,
    UPSTREAM_UNAVAILABLE,
    INTERNAL
}
