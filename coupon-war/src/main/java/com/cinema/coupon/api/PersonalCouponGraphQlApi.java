package com.cinema.coupon.api;

import com.cinema.common.input.EdgeValidation;
import com.cinema.common.security.Caller;
import com.cinema.coupon.domain.PersonalCoupons;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/**
 * Personal coupons (issue #21, loyalty rewards): the booking service issues one per customer and milestone with
 * its own SERVICE token; a customer lists their own. Using one goes through the checkout like any coupon, which
 * refuses it to everyone but its owner (reason NOT_YOURS). See docs/api.md.
 */
@GraphQLApi
@ApplicationScoped
public class PersonalCouponGraphQlApi {

    @Inject
    PersonalCoupons personal;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Mutation("issuePersonalCoupon")
    @Description("Issues a single-use coupon only this customer may use (services only). Idempotent per "
            + "(customerId, issuedFor): asked again, however concurrently, it returns the coupon issued first, "
            + "whatever terms the repeat carries")
    @RolesAllowed("SERVICE")
    public PersonalCouponView issuePersonalCoupon(@Name("input") @NonNull PersonalCouponInput input) {
        PersonalCouponInput valid = EdgeValidation.valid(validator, "input", input);
        return PersonalCouponView.of(EdgeValidation.within("input", () -> personal.issue(valid.toTerms())).coupon());
    }

    @Query("myCoupons")
    @Description("The caller's personal coupons (rewards), newest first, used or not")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull PersonalCouponView> myCoupons() {
        long customer = caller.id();
        return personal.ownedBy(customer).stream().map(PersonalCouponView::of).toList();
    }
}
