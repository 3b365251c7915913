package com.cinema.coupon.api;

import com.cinema.coupon.domain.Coupon;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code PersonalCoupon}: a coupon of one customer, as they (or the issuing service) see it. */
@Type("PersonalCoupon")
public class PersonalCouponView {

    @NonNull
    public String code;
    @Id
    @NonNull
    public String customerId;
    @NonNull
    @Description("Why it was issued, e.g. LOYALTY_3")
    public String issuedFor;
    @NonNull
    @Description("PERCENT or FIXED")
    public String discountType;
    @Description("A percentage for PERCENT, minor units of the currency for FIXED")
    public int value;
    @NonNull
    public String currency;
    @Description("The most it takes off; null means no cap")
    public Integer maxDiscountCents;
    public OffsetDateTime expiresAt;
    @Description("Its one use is taken: redeemed by a booking, or reserved by a checkout in progress")
    public boolean used;
    @Description("False once staff switched it off")
    public boolean active;
    public String description;

    static PersonalCouponView of(Coupon coupon) {
        PersonalCouponView view = new PersonalCouponView();
        view.code = coupon.getCode();
        view.customerId = String.valueOf(coupon.getOwnerUserId());
        view.issuedFor = coupon.getIssuedFor();
        view.discountType = coupon.getDiscountType().name();
        view.value = coupon.getValue();
        view.currency = coupon.getCurrency();
        view.maxDiscountCents = coupon.getMaxDiscountCents();
        view.expiresAt = coupon.getExpiresAt() == null ? null : coupon.getExpiresAt().atOffset(ZoneOffset.UTC);
        view.used = coupon.getUsageLimit() != null && coupon.getUsedCount() >= coupon.getUsageLimit();
        view.active = coupon.isActive();
        view.description = coupon.getDescription();
        return view;
    }
}
