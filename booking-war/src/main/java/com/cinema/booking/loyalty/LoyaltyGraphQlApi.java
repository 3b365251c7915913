package com.cinema.booking.loyalty;

import com.cinema.common.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The caller's loyalty milestones (issue #21); the gateway joins them with the coupons for {@code myRewards}. */
@GraphQLApi
@ApplicationScoped
public class LoyaltyGraphQlApi {

    @Inject
    LoyaltyProgramme programme;

    @Inject
    Caller caller;

    @Query("myLoyaltyMilestones")
    @Description("The milestones the caller reached (their 3rd, 5th... confirmed booking), by milestone, with the "
            + "reward coupon's code once issued")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull LoyaltyMilestoneView> myLoyaltyMilestones() {
        return programme.ofCustomer(caller.id()).stream().map(LoyaltyMilestoneView::of).toList();
    }

    @Query("myLoyaltyProgress")
    @Description("The caller's confirmed bookings, the programme's milestones (which they reached) and how many more "
            + "bookings the next reward takes")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull LoyaltyProgressView myLoyaltyProgress() {
        return LoyaltyProgressView.of(programme.progressOf(caller.id()));
    }
}
