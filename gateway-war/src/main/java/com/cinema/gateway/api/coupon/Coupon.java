package com.cinema.gateway.api.coupon;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** The public {@code Coupon} type (staff only): exactly the coupon service's fields. */
public class Coupon {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String code;
    public String description;
    @NonNull
    @Description("PERCENT or FIXED")
    public String discountType;
    @Description("A percentage for PERCENT, minor units of the currency for FIXED")
    public int value;
    @NonNull
    @Description("ISO 4217 code of every amount of the coupon; only bookings in it qualify")
    public String currency;
    @Description("The most a PERCENT coupon takes off; null means no cap")
    public Integer maxDiscountCents;
    public int minOrderCents;
    public OffsetDateTime startsAt;
    public OffsetDateTime expiresAt;
    @Description("Bookings that may use the coupon in all; null means no limit")
    public Integer usageLimit;
    @Description("Bookings one user may use it for; null means no limit")
    public Integer perUserLimit;
    @Description("Uses held now: reserved or redeemed, not released")
    public int usedCount;
    public boolean active;
    @NonNull
    @Description("Movie ids the coupon is limited to; empty means every movie")
    public List<@NonNull String> movieIds;
    @NonNull
    @Description("Cinema ids the coupon is limited to; empty means every cinema")
    public List<@NonNull String> cinemaIds;
}
