package com.cinema.booking.loyalty;

import java.time.Instant;

/**
 * A milestone a customer reached, as recorded: PENDING until the coupon service issued its coupon, then ISSUED
 * with the coupon's code. The coupon's terms were fixed when it was reached.
 */
public record ReachedMilestone(long id, long userId, int milestone, long bookingId, String state, String discountType,
                               int value, Integer maxDiscountCents, String currency, Instant couponExpiresAt,
                               String couponCode, int attempts, Instant reachedAt, Instant issuedAt) {

    public boolean issued() {
        return "ISSUED".equals(state);
    }

    public String couponReason() {
        return "LOYALTY_" + milestone;
    }
}
