package com.cinema.booking.domain;

import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.UpstreamUnavailableException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays the coupon service: WELCOME10 takes 10 % (at most 500); BIG30 takes 300 off an order of 30.00 or more
 * (MIN_ORDER below); others are UNKNOWN; reserve can be refused. Every quote asked for is kept in {@link #quoted};
 * {@link #beforeNextQuote} runs once, before the next quote, as another request would meanwhile.
 */
final class FakeCoupons implements Coupons {

    final Map<Long, String> reservations = new HashMap<>();
    final Set<String> refusedAtReserve = new HashSet<>();
    final List<CouponOrder> quoted = new ArrayList<>();
    Runnable beforeNextQuote;
    boolean quoteFails;
    boolean redeemFails;

    @Override
    public CouponQuote quote(CouponOrder order) {
        Runnable meanwhile = beforeNextQuote;
        beforeNextQuote = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        if (quoteFails) {
            throw new UpstreamUnavailableException("coupon", null);
        }
        quoted.add(order);
        return priced(order);
    }

    private static CouponQuote priced(CouponOrder order) {
        if ("WELCOME10".equals(order.code())) {
            return new CouponQuote(order.code(), true, Math.min(500, order.subtotalCents() / 10), null);
        }
        if ("BIG30".equals(order.code())) {
            boolean big = order.subtotalCents() >= 3000;
            return new CouponQuote(order.code(), big, big ? 300 : 0, big ? null : "MIN_ORDER");
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
        return priced(order).discountCents();
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
