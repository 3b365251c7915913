package com.cinema.coupon.domain;

/**
 * The discount arithmetic, in minor units: a percentage rounds half up to the cent, and a discount never
 * exceeds the coupon's cap nor the order's subtotal (a total is never negative).
 */
public final class Discount {

    private Discount() {
    }

    /** What the coupon takes off an order of {@code subtotalCents} (not negative). */
    public static int of(DiscountType type, int value, Integer maxDiscountCents, int subtotalCents) {
        if (subtotalCents < 0) {
            throw new IllegalArgumentException("subtotalCents must not be negative");
        }
        // long: 2^31 cents times 100 percent would overflow an int
        long discount = type == DiscountType.PERCENT ? ((long) subtotalCents * value + 50) / 100 : value;
        if (maxDiscountCents != null) {
            discount = Math.min(discount, maxDiscountCents);
        }
        return (int) Math.min(discount, subtotalCents);
    }

    public static int of(Coupon coupon, int subtotalCents) {
        return of(coupon.getDiscountType(), coupon.getValue(), coupon.getMaxDiscountCents(), subtotalCents);
    }
}
