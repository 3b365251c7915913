package com.cinema.coupon.domain;

import com.cinema.persistence.TimestampedEntity;
import com.cinema.common.input.IsoCurrency;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A discount code with its rules: what it takes off, from which order amount, when, and how often.
 * Amounts are minor units of the coupon's currency. Field names in errors are those of the GraphQL input.
 */
@Entity
@Table(name = "coupon")
public class Coupon extends TimestampedEntity {

    public static final int DESCRIPTION_MAX_LENGTH = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,39}");
    private static final Pattern ISSUED_FOR = Pattern.compile("[A-Z0-9_]{1,40}");

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

    /** The one customer (user id) a personal coupon belongs to; null for staff's coupons, open to everyone. */
    @Column(name = "owner_user_id")
    private Long ownerUserId;

    /** Why a personal coupon was issued (e.g. LOYALTY_3); unique per owner, so issuing it again finds it. */
    @Column(name = "issued_for", length = 40)
    private String issuedFor;

    /** Movie ids (movie service) the coupon is limited to; empty means every movie. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coupon_movie", joinColumns = @JoinColumn(name = "coupon_id"))
    @Column(name = "movie_id")
    private Set<Long> movieIds = new TreeSet<>();

    /** Cinema ids (cinema service) the coupon is limited to; empty means every cinema. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coupon_cinema", joinColumns = @JoinColumn(name = "coupon_id"))
    @Column(name = "cinema_id")
    private Set<Long> cinemaIds = new TreeSet<>();

    protected Coupon() {
        // for JPA
    }

    public Coupon(String code, DiscountType discountType, int value, String currency) {
        this.code = normaliseCode(code);
        setDiscount(discountType, value, currency);
    }

    /** A new coupon with every term as staff gave it. */
    public static Coupon of(CouponTerms terms) {
        Coupon coupon = new Coupon(terms.code(), terms.discountType(), terms.value(), terms.currency());
        coupon.apply(terms);
        return coupon;
    }

    /**
     * A personal coupon: only {@code ownerUserId} may use it, once ({@code usageLimit} and {@code perUserLimit}
     * 1), from now until {@code expiresAt}. {@code issuedFor} names why it was issued, unique per owner.
     */
    public static Coupon personal(String code, long ownerUserId, String issuedFor, DiscountType discountType,
                                  int value, String currency, Integer maxDiscountCents, Instant expiresAt,
                                  String description) {
        if (issuedFor == null || !ISSUED_FOR.matcher(issuedFor).matches()) {
            throw new ValidationException("issuedFor", "must be 1 to 40 upper-case letters, digits or '_'");
        }
        if (expiresAt == null) {
            throw new ValidationException("expiresAt", "is required");
        }
        Coupon coupon = new Coupon(code, discountType, value, currency);
        coupon.ownerUserId = ownerUserId;
        coupon.issuedFor = issuedFor;
        coupon.setDescription(description);
        coupon.setAmounts(0, maxDiscountCents);
        // Whole seconds: the first answer must equal every repeat's, read back from the database, and MySQL
        // Connector/J drops the fraction against MariaDB (it reads MariaDB's version as MySQL 5.5).
        coupon.setValidity(null, expiresAt.truncatedTo(ChronoUnit.SECONDS));
        coupon.setLimits(1, 1);
        return coupon;
    }

    /**
     * Changes every term. While the coupon is in use (a reservation holds or redeemed it), what it takes off
     * (code, type, value, currency, cap) stays as it is: bookings were quoted with it. Description, dates,
     * minimum order, limits (not below current use), scope and the active flag may still change.
     */
    public void revise(CouponTerms terms) {
        String newCode = normaliseCode(terms.code());
        boolean discountChanges = !newCode.equals(code) || terms.discountType() != discountType
                || terms.value() != value || !Objects.equals(terms.maxDiscountCents(), maxDiscountCents)
                || !IsoCurrency.require("currency", terms.currency()).equals(currency);
        if (discountChanges && usedCount > 0) {
            throw new ConflictException("Coupon " + code + " is in use (" + usedCount + " bookings): its code and "
                    + "discount cannot change; deactivate it and create a new one instead");
        }
        code = newCode;
        setDiscount(terms.discountType(), terms.value(), terms.currency());
        apply(terms);
    }

    private void apply(CouponTerms terms) {
        setDescription(terms.description());
        setAmounts(terms.minOrderCents(), terms.maxDiscountCents());
        setValidity(terms.startsAt(), terms.expiresAt());
        setLimits(terms.usageLimit(), terms.perUserLimit());
        setScope(terms.movieIds(), terms.cinemaIds());
        if (terms.active() != null) {
            active = terms.active();
        }
    }

    private void setDiscount(DiscountType discountType, int value, String currency) {
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

    /** Limits the coupon to these movies and cinemas; null or empty means no limit on that side. */
    public void setScope(Collection<Long> movies, Collection<Long> cinemas) {
        movieIds.clear();
        cinemaIds.clear();
        if (movies != null) {
            movieIds.addAll(movies);
        }
        if (cinemas != null) {
            cinemaIds.addAll(cinemas);
        }
    }

    /** No new reservations; held and redeemed ones stay as they are. */
    public void deactivate() {
        active = false;
    }

    /**
     * Whether an order in this currency, of this movie at this cinema, may use the coupon. A fixed amount, a
     * cap or a minimum order are amounts of the coupon's currency, so such a coupon needs an order in it; a
     * plain percentage applies in any currency.
     */
    public boolean appliesTo(String orderCurrency, Long movieId, Long cinemaId) {
        boolean hasAmounts = discountType == DiscountType.FIXED || maxDiscountCents != null || minOrderCents > 0;
        if (hasAmounts && !currency.equals(orderCurrency)) {
            return false;
        }
        return (movieIds.isEmpty() || movieId != null && movieIds.contains(movieId))
                && (cinemaIds.isEmpty() || cinemaId != null && cinemaIds.contains(cinemaId));
    }

    public Set<Long> getMovieIds() {
        return Set.copyOf(movieIds);
    }

    public Set<Long> getCinemaIds() {
        return Set.copyOf(cinemaIds);
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
        if (description != null && description.length() > DESCRIPTION_MAX_LENGTH) {
            throw new ValidationException("description", "must be at most " + DESCRIPTION_MAX_LENGTH + " characters");
        }
        this.description = description == null || description.isBlank() ? null : description.strip();
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

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    /** Whether only one customer may use the coupon, and it is not this one. */
    public boolean belongsToAnotherThan(long userId) {
        return ownerUserId != null && ownerUserId != userId;
    }

}
