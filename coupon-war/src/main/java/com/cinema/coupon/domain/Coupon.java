package com.cinema.coupon.domain;

import com.cinema.persistence.TimestampedEntity;
import com.cinema.common.input.IsoCurrency;
import com.cinema.common.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A discount code with its rules: what it takes off, from which order amount, when, and how often.
 * Amounts are minor units of the coupon's currency. Field names in errors are those of the GraphQL input.
 */
@Entity
@Table(name = "coupon")
public class Coupon extends TimestampedEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_type", nullable = false, length = 10)
    private DiscountType discountType;

    @Column(name = "discount_value", nullable = false)
    private int value;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "max_discount_cents")
    private Integer maxDiscountCents;

    @Column(name = "min_order_cents", nullable = false)
    private int minOrderCents;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "usage_limit")
    private Integer usageLimit;

    @Column(name = "per_user_limit")
    private Integer perUserLimit;

    @Column(name = "used_count", nullable = false)
    private int usedCount;

    @Column(nullable = false)
    private boolean active = true;

    protected Coupon() {
        // for JPA
    }

    public Coupon(String code, DiscountType discountType, int value, String currency) {
        this.code = normaliseCode(code);
        if (discountType == null) {
            throw new ValidationException("discountType", "must be PERCENT or FIXED");
        }
        this.discountType = discountType;
        if (value < 1 || discountType == DiscountType.PERCENT && value > 100) {
            throw new ValidationException("value", discountType == DiscountType.PERCENT
                    ? "must be a percentage from 1 to 100" : "must be at least 1 (minor units)");
        }
        this.value = value;
        this.currency = IsoCurrency.require("currency", currency);
    }

    /** Upper case without surrounding space, so that "welcome10 " finds WELCOME10. */
    public static String normaliseCode(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new ValidationException("code", "must be 3 to 40 letters, digits, '-' or '_'");
        }
        return normalised;
    }

    /** The smallest order the coupon applies to, and the most a percentage may take off (null: no cap). */
    public void setAmounts(int minOrderCents, Integer maxDiscountCents) {
        if (minOrderCents < 0) {
            throw new ValidationException("minOrderCents", "must not be negative");
        }
        if (maxDiscountCents != null && maxDiscountCents < 1) {
            throw new ValidationException("maxDiscountCents", "must be at least 1 when given");
        }
        this.minOrderCents = minOrderCents;
        this.maxDiscountCents = maxDiscountCents;
    }

    /** When the coupon may be used; either end may be open. */
    public void setValidity(Instant startsAt, Instant expiresAt) {
        if (startsAt != null && expiresAt != null && !expiresAt.isAfter(startsAt)) {
            throw new ValidationException("expiresAt", "must be after startsAt");
        }
        this.startsAt = startsAt;
        this.expiresAt = expiresAt;
    }

    /** How many bookings may use the coupon in all, and per user; null means no limit. */
    public void setLimits(Integer usageLimit, Integer perUserLimit) {
        if (usageLimit != null && usageLimit < Math.max(1, usedCount)) {
            throw new ValidationException("usageLimit", "must be at least 1 and at least the uses so far");
        }
        if (perUserLimit != null && perUserLimit < 1) {
            throw new ValidationException("perUserLimit", "must be at least 1 when given");
        }
        this.usageLimit = usageLimit;
        this.perUserLimit = perUserLimit;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DiscountType getDiscountType() {
        return discountType;
    }

    public int getValue() {
        return value;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getMaxDiscountCents() {
        return maxDiscountCents;
    }

    public int getMinOrderCents() {
        return minOrderCents;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Integer getUsageLimit() {
        return usageLimit;
    }

    public Integer getPerUserLimit() {
        return perUserLimit;
    }

    public int getUsedCount() {
        return usedCount;
    }

    public boolean isActive() {
        return active;
    }

}
