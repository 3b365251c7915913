package com.cinema.booking.client;

/** The coupon service's {@code PersonalCoupon}: the fields the booking service reads. */
public class PersonalCouponRef {
    public String code;
    public String customerId;
    public String issuedFor;
}
