package com.cinema.coupon.api;

import com.cinema.coupon.domain.Coupon;
import com.cinema.coupon.domain.DiscountType;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every coupon input says about the discount, validated the same way for staff's coupons ({@link CouponInput})
 * and the personal coupons other services issue ({@link PersonalCouponInput}). The domain checks every rule again.
 */
public abstract class DiscountInput {

    @Size(max = Coupon.DESCRIPTION_MAX_LENGTH, message = "must be at most {max} characters")
    public String description;

    @NonNull
    @Description("PERCENT or FIXED")
    @NotBlank(message = "is required")
    public String discountType;

    @NonNull
    @Description("A percentage (1-100) for PERCENT, minor units of the currency for FIXED")
    @NotNull(message = "is required")
    @Min(value = 1, message = "must be at least {value}")
    public Integer value;

    @Description("The most the coupon takes off, in minor units; omitted means no cap")
    @Min(value = 1, message = "must be at least {value}")
    public Integer maxDiscountCents;

    /** The discount type; VALIDATION on {@code discountType} unless PERCENT or FIXED. */
    DiscountType discountType() {
        return DiscountType.parse("discountType", discountType);
    }
}
