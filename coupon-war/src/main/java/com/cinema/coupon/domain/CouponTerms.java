package com.cinema.coupon.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Everything staff decide about a coupon, as one value; the rules are checked by {@link Coupon}. Empty scope
 * sets mean no limit; {@code active} null keeps the coupon's flag (a new coupon is active).
 */
public record CouponTerms(String code, String description, DiscountType discountType, int value, String currency,
                          Integer maxDiscountCents, int minOrderCents, Instant startsAt, Instant expiresAt,
                          Integer usageLimit, Integer perUserLimit, Set<Long> movieIds, Set<Long> cinemaIds,
                          Boolean active) {
}
