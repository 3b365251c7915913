package com.cinema.coupon.domain;

/** Whether a coupon applies to an order, and what it takes off: reason is null when valid, discount 0 when not. */
public record CouponQuote(String code, boolean valid, int discountCents, RefusalReason reason) {

    public static CouponQuote valid(String code, int discountCents) {
        return new CouponQuote(code, true, discountCents, null);
    }

    public static CouponQuote refused(String code, RefusalReason reason) {
        return new CouponQuote(code, false, 0, reason);
    }
}
