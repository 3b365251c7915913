package com.cinema.coupon.domain;

/** Why a coupon does not apply to an order: {@code CouponQuote.reason} and {@code extensions.reason}. */
public enum RefusalReason {
    /** No coupon has this code. */
    UNKNOWN,
    /** Staff switched the coupon off. */
    INACTIVE,
    /** Its validity window has not begun. */
    NOT_STARTED,
    /** Its validity window is over. */
    EXPIRED,
    /** The order is below the coupon's minimum. */
    MIN_ORDER,
    /** Every use of the coupon is taken. */
    USED_UP,
    /** The customer has used it as often as one customer may. */
    PER_USER_LIMIT,
    /** Another currency, movie or cinema than the coupon is for. */
    NOT_APPLICABLE,
    /** A personal coupon (a loyalty reward) of another customer. */
    NOT_YOURS
}
