package com.cinema.coupon.api;

import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.Ids;
import com.cinema.common.security.Caller;
import com.cinema.coupon.domain.CouponReservations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.OffsetDateTime;

/**
 * The operations the booking service calls with the customer's token forwarded (or its own SERVICE token
 * for background work): quote, reserve, redeem, release, each idempotent per booking. See docs/api.md.
 */
@GraphQLApi
@ApplicationScoped
public class CouponCheckoutGraphQlApi {

    @Inject
    CouponReservations reservations;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    @Inject
    Validator validator;

    @Query("quoteCoupon")
    @Description("Whether the coupon applies to the caller's booking and what it takes off; reason when not")
    @RolesAllowed({"USER", "ADMIN"})
    public CouponQuoteView quoteCoupon(@Name("input") @NonNull CouponOrderInput input) {
        CouponOrderInput valid = EdgeValidation.valid(validator, "input", input);
        long customer = caller.id();
        return CouponQuoteView.of(reservations.quote(EdgeValidation.within("input", () -> valid.toOrder(customer))));
    }

    @Mutation("reserveCoupon")
    @Description("Holds one use of the coupon for the caller's booking until expiresAt (capped by the service); "
            + "COUPON_INVALID with extensions.reason when it does not apply. The same code again returns the same "
            + "reservation; another code gives the booking's current one back")
    @RolesAllowed({"USER", "ADMIN"})
    public CouponReservationView reserveCoupon(@Name("input") @NonNull CouponOrderInput input,
                                               @Name("expiresAt") @NonNull OffsetDateTime expiresAt) {
        CouponOrderInput valid = EdgeValidation.valid(validator, "input", input);
        long customer = caller.id();
        return CouponReservationView.of(reservations.reserve(
                EdgeValidation.within("input", () -> valid.toOrder(customer)),
                expiresAt == null ? null : expiresAt.toInstant()));
    }

    @Mutation("redeemCoupon")
    @Description("Makes the booking's reservation final (booking confirmed); null when it has none")
    @RolesAllowed({"USER", "ADMIN", "SERVICE"})
    public CouponReservationView redeemCoupon(@Name("bookingId") @Id @NonNull String bookingId) {
        return CouponReservationView.of(reservations.redeem(Ids.parse("bookingId", bookingId), owner()));
    }

    @Mutation("releaseCoupon")
    @Description("Gives the booking's coupon use back, also a redeemed one (payment failed, hold ended, booking "
            + "cancelled or refunded); null when it has none")
    @RolesAllowed({"USER", "ADMIN", "SERVICE"})
    public CouponReservationView releaseCoupon(@Name("bookingId") @Id @NonNull String bookingId) {
        return CouponReservationView.of(reservations.release(Ids.parse("bookingId", bookingId), owner()));
    }

    /** Customers act on their own bookings only; staff and the booking service on any (null). */
    private Long owner() {
        boolean anyBooking = jwt.getGroups() != null
                && (jwt.getGroups().contains("ADMIN") || jwt.getGroups().contains("SERVICE"));
        return anyBooking ? null : caller.id();
    }
}
