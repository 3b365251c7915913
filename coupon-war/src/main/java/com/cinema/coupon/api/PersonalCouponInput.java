package com.cinema.coupon.api;

import com.cinema.common.input.Ids;
import com.cinema.coupon.domain.Coupon;
import com.cinema.coupon.domain.DiscountType;
import com.cinema.coupon.domain.PersonalCouponTerms;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The GraphQL {@code PersonalCouponInput}: a coupon for one customer, as another service asks for it. */
@Input("PersonalCouponInput")
public class PersonalCouponInput {

    @NonNull
    @Id
    @Description("The user id of the one customer who may use the coupon")
    @NotBlank(message = "is required")
    public String customerId;

    @NonNull
    @Description("Why it is issued, unique per customer (1 to 40 of A-Z, 0-9, '_'; e.g. LOYALTY_3): the same "
            + "customer and reason again return the coupon issued the first time")
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most {max} characters")
    public String issuedFor;

    @NonNull
    @Description("PERCENT or FIXED")
    @NotBlank(message = "is required")
    public String discountType;

    @NonNull
    @Description("A percentage (1-100) for PERCENT, minor units of the currency for FIXED")
    @NotNull(message = "is required")
    @Min(value = 1, message = "must be at least {value}")
    public Integer value;

    @NonNull
    @Description("ISO 4217 code of the coupon's amounts")
    @NotBlank(message = "is required")
    public String currency;

    @Description("The most the coupon takes off, in minor units; omitted means no cap")
    @Min(value = 1, message = "must be at least {value}")
    public Integer maxDiscountCents;

    @NonNull
    @Description("Valid until (exclusive)")
    @NotNull(message = "is required")
    public OffsetDateTime expiresAt;

    @Size(max = Coupon.DESCRIPTION_MAX_LENGTH, message = "must be at most {max} characters")
    public String description;

    /** The terms for the domain; field names in errors are those of this input. */
    PersonalCouponTerms toTerms() {
        return new PersonalCouponTerms(Ids.parse("customerId", customerId), issuedFor.strip(),
                DiscountType.parse("discountType", discountType), value, currency, maxDiscountCents,
                expiresAt.toInstant(), description);
    }
}
