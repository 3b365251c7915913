package com.cinema.gateway.api.coupon;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A coupon's terms as staff enter them. The gateway passes them on unchanged: the coupon service validates every
 * field and names the offending one (its errors reach the caller as they are).
 */
@Input("CouponInput")
public class CouponInput {

    @NonNull
    @Description("3 to 40 letters, digits, '-' or '_'; unique, ignoring case (stored in upper case)")
    public String code;
    public String description;
    @NonNull
    @Description("PERCENT or FIXED")
    public String discountType;
    @NonNull
    @Description("A percentage (1-100) for PERCENT, minor units of the currency for FIXED")
    public Integer value;
    @NonNull
    @Description("ISO 4217 code of the coupon's amounts (fixed value, cap, minimum order)")
    public String currency;
    @Description("The most the coupon takes off, in minor units; omitted means no cap")
    public Integer maxDiscountCents;
    @Description("The smallest subtotal the coupon applies to, in minor units; omitted means 0")
    public Integer minOrderCents;
    @Description("Valid from; omitted means at once")
    public OffsetDateTime startsAt;
    @Description("Valid until (exclusive); omitted means no end")
    public OffsetDateTime expiresAt;
    @Description("Bookings that may use the coupon in all; omitted means no limit")
    public Integer usageLimit;
    @Description("Bookings one customer may use it for; omitted means no limit")
    public Integer perUserLimit;
    @Description("Omitted: a new coupon is active, an update keeps the flag")
    public Boolean active;
    @Description("Movie ids the coupon is limited to; omitted or empty means every movie")
    public List<String> movieIds;
    @Description("Cinema ids the coupon is limited to; omitted or empty means every cinema")
    public List<String> cinemaIds;
}
