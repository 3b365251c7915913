package com.cinema.coupon.api;

import com.cinema.coupon.domain.CouponBook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The coupon service's GraphQL API. Coupon codes are not public: customers only quote one they know. */
@GraphQLApi
@ApplicationScoped
public class CouponGraphQlApi {

    @Inject
    CouponBook book;

    @Query("coupons")
    @Description("Every coupon, active or not, ordered by code (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull CouponView> coupons() {
        return book.all().stream().map(CouponView::of).toList();
    }
}
