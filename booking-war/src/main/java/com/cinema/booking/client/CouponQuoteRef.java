package com.cinema.booking.client;

/** The coupon service's {@code CouponQuote}. */
public class CouponQuoteRef {
    public String code;
    public boolean valid;
    public int discountCents;
    public String reason;
}
