package com.cinema.gateway.api.coupon;

import com.cinema.gateway.client.CouponServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Staff create, change and retire promotion codes; the coupon service checks the role again and validates. */
@GraphQLApi
@ApplicationScoped
public class CouponAdminGraphQlApi {

    @Inject
    CouponServiceClient coupons;

    @Query("coupons")
    @Description("Every coupon, active or not, ordered by code, with its uses held now (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull Coupon> coupons() {
        return coupons.coupons();
    }

    @Mutation("createCoupon")
    @Description("Adds a coupon (staff only); its code must be unique, ignoring case")
    @RolesAllowed("ADMIN")
    public Coupon createCoupon(@Name("input") @NonNull CouponInput input) {
        return coupons.createCoupon(input);
    }

    @Mutation("updateCoupon")
    @Description("Changes every term of a coupon (staff only). While bookings hold it, its code and discount are"
            + " CONFLICT, and limits may not drop below the uses held")
    @RolesAllowed("ADMIN")
    public Coupon updateCoupon(@Name("id") @Id @NonNull String id, @Name("input") @NonNull CouponInput input) {
        return coupons.updateCoupon(id, input);
    }

    @Mutation("deactivateCoupon")
    @Description("Switches a coupon off (staff only): no new reservations; held and redeemed ones stay")
    @RolesAllowed("ADMIN")
    public Coupon deactivateCoupon(@Name("id") @Id @NonNull String id) {
        return coupons.deactivateCoupon(id);
    }
}
