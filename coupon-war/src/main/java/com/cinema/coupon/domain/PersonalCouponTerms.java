package com.cinema.coupon.domain;

import java.time.Instant;

/**
 * A personal coupon to issue: its owner (a user id), why (unique per owner, e.g. LOYALTY_3), and its discount.
 * Amounts are minor units of {@code currency}.
 */
public record PersonalCouponTerms(long ownerUserId, String issuedFor, DiscountType discountType, int value,
                                  String currency, Integer maxDiscountCents, Instant expiresAt, String description) {
}
