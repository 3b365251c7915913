package com.cinema.coupon.api;

import com.cinema.coupon.domain.Coupon;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** The GraphQL {@code Coupon} type, as staff see it. */
@Type("Coupon")
public class CouponView {

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

    static CouponView of(Coupon coupon) {
        CouponView view = new CouponView();
        view.id = String.valueOf(coupon.getId());
        view.code = coupon.getCode();
        view.description = coupon.getDescription();
        view.discountType = coupon.getDiscountType().name();
        view.value = coupon.getValue();
        view.currency = coupon.getCurrency();
        view.maxDiscountCents = coupon.getMaxDiscountCents();
        view.minOrderCents = coupon.getMinOrderCents();
        view.startsAt = utc(coupon.getStartsAt());
        view.expiresAt = utc(coupon.getExpiresAt());
        view.usageLimit = coupon.getUsageLimit();
        view.perUserLimit = coupon.getPerUserLimit();
        view.usedCount = coupon.getUsedCount();
        view.active = coupon.isActive();
        view.movieIds = ids(coupon.getMovieIds());
        view.cinemaIds = ids(coupon.getCinemaIds());
        return view;
    }

    private static List<String> ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
