package com.cinema.booking.client;

import com.cinema.booking.loyalty.ReachedMilestone;

import java.time.ZoneOffset;

/** The coupon service's {@code PersonalCouponInput}, from a recorded milestone's fixed terms. */
public class PersonalCouponInputRef {
    public String customerId;
    public String issuedFor;
    public String discountType;
    public int value;
    public String currency;
    public Integer maxDiscountCents;
    public String expiresAt;
    public String description;

    static PersonalCouponInputRef of(ReachedMilestone milestone) {
        PersonalCouponInputRef input = new PersonalCouponInputRef();
        input.customerId = String.valueOf(milestone.userId());
        input.issuedFor = milestone.couponReason();
        input.discountType = milestone.discountType();
        input.value = milestone.value();
        input.currency = milestone.currency();
        input.maxDiscountCents = milestone.maxDiscountCents();
        input.expiresAt = milestone.couponExpiresAt().atOffset(ZoneOffset.UTC).toString();
        input.description = "Loyalty reward: thank you for your " + ordinal(milestone.milestone()) + " booking";
        return input;
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
