package com.cinema.coupon.api;

import com.cinema.common.input.Ids;
import com.cinema.coupon.domain.CouponOrder;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code CouponOrderInput}: a booking asking to use a coupon. The customer is the token's subject. */
@Input("CouponOrderInput")
public class CouponOrderInput {

    @NonNull
    @Description("As the customer typed it; case does not matter")
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most {max} characters")
    public String code;

    @NonNull
    @Id
    @NotBlank(message = "is required")
    public String bookingId;

    @NonNull
    @Description("The booking's subtotal before the discount, in minor units")
    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    public Integer subtotalCents;

    @NonNull
    @Description("ISO 4217 code of the booking")
    @NotBlank(message = "is required")
    public String currency;

    @Id
    @Description("The booked showtime's movie, for coupons limited to some movies")
    public String movieId;

    @Id
    @Description("The booked showtime's cinema, for coupons limited to some cinemas")
    public String cinemaId;

    CouponOrder toOrder(long userId) {
        return new CouponOrder(code, userId, Ids.parse("bookingId", bookingId), subtotalCents, currency,
                Ids.parseOptional("movieId", movieId), Ids.parseOptional("cinemaId", cinemaId));
    }
}
