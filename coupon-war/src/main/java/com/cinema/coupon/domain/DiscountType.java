package com.cinema.coupon.domain;

/** How a coupon's value reads: a percentage of the order, or a fixed amount in minor units. */
public enum DiscountType {
    PERCENT,
    FIXED
}
