package com.cinema.booking.loyalty;

/**
 * The coupon service issuing reward coupons (port; the adapter is {@code client.CouponServiceClient}), with the
 * booking service's own SERVICE token. Idempotent per (customer, reason): asked again, it returns the same code.
 */
public interface RewardCoupons {

    /** Issues (or finds) the customer's personal coupon for the reached milestone; returns its code. */
    String issue(ReachedMilestone milestone);
}
