package com.cinema.coupon.api;

import com.cinema.common.input.Ids;
import com.cinema.coupon.domain.CouponTerms;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The GraphQL {@code CouponInput}: a coupon as staff describe it (the discount: {@link DiscountInput}). */
@Input("CouponInput")
public class CouponInput extends DiscountInput {

    @NonNull
    @Description("3 to 40 letters, digits, '-' or '_'; unique, ignoring case (stored in upper case)")
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most {max} characters")
    public String code;

    @NonNull
    @Description("ISO 4217 code of the coupon's amounts (fixed value, cap, minimum order)")
    @NotBlank(message = "is required")
    public String currency;

    @Description("The smallest subtotal the coupon applies to, in minor units; omitted means 0")
    @Min(value = 0, message = "must not be negative")
    public Integer minOrderCents;

    @Description("Valid from; omitted means at once")
    public OffsetDateTime startsAt;

    @Description("Valid until (exclusive); omitted means no end")
    public OffsetDateTime expiresAt;

    @Description("Bookings that may use the coupon in all; omitted means no limit")
    @Min(value = 1, message = "must be at least {value}")
    public Integer usageLimit;

    @Description("Bookings one customer may use it for; omitted means no limit")
    @Min(value = 1, message = "must be at least {value}")
    public Integer perUserLimit;

    @Description("Omitted: a new coupon is active, an update keeps the flag")
    public Boolean active;

    // [String!] rather than [ID!]: Liberty's SmallRye GraphQL rejects list arguments marked @Id.
    @Description("Movie ids the coupon is limited to; omitted or empty means every movie")
    public List<String> movieIds;

    @Description("Cinema ids the coupon is limited to; omitted or empty means every cinema")
    public List<String> cinemaIds;

    /** The terms for the domain; field names in errors are those of this input. */
    CouponTerms toTerms() {
        return new CouponTerms(code, description, discountType(), value, currency, maxDiscountCents,
                minOrderCents == null ? 0 : minOrderCents, startsAt == null ? null : startsAt.toInstant(),
                expiresAt == null ? null : expiresAt.toInstant(), usageLimit, perUserLimit,
                ids("movieIds", movieIds), ids("cinemaIds", cinemaIds), active);
    }

    private static Set<Long> ids(String field, List<String> ids) {
        Set<Long> parsed = new TreeSet<>();
        if (ids != null) {
            ids.forEach(id -> parsed.add(Ids.parse(field, id)));
        }
        return parsed;
    }
}
