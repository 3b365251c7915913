package com.cinema.booking.domain;

/**
 * The coupon service as bookings use it (port; the adapter is {@code client.CouponServiceClient}). Quotes and
 * reservations are the customer's (their own token); redeeming and releasing happen also in background paths,
 * so they carry the booking service's own token. An invalid code is COUPON_INVALID with {@code reason}.
 */
public interface Coupons {

    CouponQuote quote(CouponOrder order);

    /** Holds one use of the coupon for the booking until {@code expiresAt}; returns the discount granted. */
    int reserve(CouponOrder order, java.time.Instant expiresAt);

    /** Makes the booking's reservation final; nothing when it has none. */
    void redeem(long bookingId);

    /** Gives the booking's coupon use back (also a redeemed one); nothing when it has none. */
    void release(long bookingId);

    /** A booking asking to use a coupon: the amounts are the stored booking's. */
    record CouponOrder(String code, long bookingId, int subtotalCents, String currency, long movieId,
                       long cinemaId) {

        static CouponOrder of(String code, Booking booking, Showtime showtime) {
            return new CouponOrder(code, booking.getId(), booking.getSubtotalCents(), booking.getCurrency(),
                    showtime.getMovieId(), showtime.getCinemaId());
        }

        /** The same order at another subtotal: the hold's coupon quoted again for the tickets as chosen. */
        CouponOrder forSubtotal(int subtotal) {
            return new CouponOrder(code, bookingId, subtotal, currency, movieId, cinemaId);
        }
    }

    /** Whether the coupon applies and what it takes off; reason (e.g. EXPIRED) when it does not. */
    record CouponQuote(String code, boolean valid, int discountCents, String reason) {
    }
}
