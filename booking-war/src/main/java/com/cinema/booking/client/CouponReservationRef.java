package com.cinema.booking.client;

/** The coupon service's {@code CouponReservation}: one booking's use of a coupon. */
public class CouponReservationRef {
    public String id;
    public String bookingId;
    public String code;
    public int discountCents;
    public String status;
}
