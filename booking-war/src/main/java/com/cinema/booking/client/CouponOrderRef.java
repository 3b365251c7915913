package com.cinema.booking.client;

import com.cinema.booking.domain.Coupons;

/** The coupon service's {@code CouponOrderInput}, from the stored booking. */
public class CouponOrderRef {
    public String code;
    public String bookingId;
    public int subtotalCents;
    public String currency;
    public String movieId;
    public String cinemaId;

    static CouponOrderRef of(Coupons.CouponOrder order) {
        CouponOrderRef input = new CouponOrderRef();
        input.code = order.code();
        input.bookingId = String.valueOf(order.bookingId());
        input.subtotalCents = order.subtotalCents();
        input.currency = order.currency();
        input.movieId = String.valueOf(order.movieId());
        input.cinemaId = String.valueOf(order.cinemaId());
        return input;
    }
}
