package com.cinema.coupon.api;

import com.cinema.common.input.Ids;
import com.cinema.coupon.domain.PersonalCouponTerms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/**
 * The GraphQL {@code PersonalCouponInput}: a coupon for one customer, as another service asks for it (the discount:
 * {@link DiscountInput}).
 */
@Input("PersonalCouponInput")
public class PersonalCouponInput extends DiscountInput {

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
    @Description("ISO 4217 code of the coupon's amounts")
    @NotBlank(message = "is required")
    public String currency;

    @NonNull
    @Description("Valid until (exclusive)")
    @NotNull(message = "is required")
    public OffsetDateTime expiresAt;

    /** The terms for the domain; field names in errors are those of this input. */
    PersonalCouponTerms toTerms() {
        return new PersonalCouponTerms(Ids.parse("customerId", customerId), issuedFor.strip(),
                discountType(), value, currency, maxDiscountCents,
                expiresAt.toInstant(), description);
    }
}
