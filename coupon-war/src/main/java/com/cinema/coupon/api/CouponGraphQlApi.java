package com.cinema.coupon.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.Ids;
import com.cinema.coupon.domain.CouponAdministration;
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

import java.util.List;

/** The coupon service's GraphQL API for staff. Coupon codes are not public: customers only quote one they know. */
@GraphQLApi
@ApplicationScoped
public class CouponGraphQlApi {

    @Inject
    AuditLog audit;

    @Inject
    CouponAdministration administration;

    @Inject
    Validator validator;

    @Query("coupons")
    @Description("Every coupon, active or not, ordered by code, with its uses held now (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull CouponView> coupons() {
        return administration.all().stream().map(CouponView::of).toList();
    }

    @Query("coupon")
    @Description("One coupon (staff only)")
    @RolesAllowed("ADMIN")
    public CouponView coupon(@Name("id") @Id @NonNull String id) {
        return CouponView.of(administration.find(Ids.parse("id", id)));
    }

    @Mutation("createCoupon")
    @Description("Adds a coupon (staff only); its code must be unique, ignoring case")
    @RolesAllowed("ADMIN")
    public CouponView createCoupon(@Name("input") @NonNull CouponInput input) {
        CouponInput valid = EdgeValidation.valid(validator, "input", input);
        return CouponView.of(EdgeValidation.within("input", () -> administration.create(valid.toTerms())));
    }

    @Mutation("updateCoupon")
    @Description("Changes every term of a coupon (staff only). While bookings hold it, its code and discount "
            + "(type, value, currency, cap) are CONFLICT, and limits may not drop below the uses held")
    @RolesAllowed("ADMIN")
    public CouponView updateCoupon(@Name("id") @Id @NonNull String id, @Name("input") @NonNull CouponInput input) {
        long couponId = Ids.parse("id", id);
        CouponInput valid = EdgeValidation.valid(validator, "input", input);
        return CouponView.of(EdgeValidation.within("input", () -> administration.update(couponId, valid.toTerms())));
    }

    @Mutation("deactivateCoupon")
    @Description("Switches a coupon off (staff only): no new reservations; held and redeemed ones stay")
    @RolesAllowed("ADMIN")
    public CouponView deactivateCoupon(@Name("id") @Id @NonNull String id) {
        long coupon = Ids.parse("id", id);
        return audit.record("coupon.deactivate", "coupon/" + coupon,
                () -> CouponView.of(administration.deactivate(coupon)));
    }
}
