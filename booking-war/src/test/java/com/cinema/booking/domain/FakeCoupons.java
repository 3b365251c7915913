package com.cinema.booking.domain;

import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.UpstreamUnavailableException;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Plays the coupon service: WELCOME10 takes 10 % (at most 500); others are UNKNOWN; reserve can be refused. */
final class FakeCoupons implements Coupons {

    final Map<Long, String> reservations = new HashMap<>();
    final Set<String> refusedAtReserve = new HashSet<>();
    boolean redeemFails;

    @Override
    public CouponQuote quote(CouponOrder order) {
        if ("WELCOME10".equals(order.code())) {
            return new CouponQuote(order.code(), true, Math.min(500, order.subtotalCents() / 10), null);
        }
        return new CouponQuote(order.code(), false, 0, "UNKNOWN");
    }

    @Override
    public int reserve(CouponOrder order, Instant expiresAt) {
        if (refusedAtReserve.contains(order.code())) {
            throw (CouponInvalidException) new CouponInvalidException("Coupon " + order.code() + " is used up")
                    .withExtension("reason", "USED_UP");
        }
        reservations.put(order.bookingId(), "RESERVED");
        return quote(order).discountCents();
    }

    @Override
    public void redeem(long bookingId) {
        if (redeemFails) {
            throw new UpstreamUnavailableException("coupon", null);
        }
        reservations.computeIfPresent(bookingId, (id, status) -> "REDEEMED");
    }

    @Override
    public void release(long bookingId) {
        reservations.computeIfPresent(bookingId, (id, status) -> "RELEASED");
    }
}
