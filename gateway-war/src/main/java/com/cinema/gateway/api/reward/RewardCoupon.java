package com.cinema.gateway.api.reward;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The public {@code RewardCoupon}: a personal coupon as the coupon service reports it to its owner. */
public class RewardCoupon {

    @NonNull
    @Description("The code to enter at checkout; only its owner may use it, once")
    public String code;
    @NonNull
    @Description("PERCENT or FIXED")
    public String discountType;
    @Description("A percentage for PERCENT, minor units of the currency for FIXED")
    public int value;
    @NonNull
    @Description("ISO 4217 code of a FIXED value or cap")
    public String currency;
    @Description("The most it takes off, in minor units; null means no cap")
    public Integer maxDiscountCents;
    @Description("Valid until (exclusive)")
    public OffsetDateTime expiresAt;
    @Description("Its one use is taken (a booking redeemed it, or a checkout in progress holds it)")
    public boolean used;
    @Description("False once staff switched it off")
    public boolean active;
    @NonNull
    @Description("Why it was issued, e.g. LOYALTY_3")
    public String issuedFor;
}
