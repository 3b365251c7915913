package com.cinema.booking.api;

import com.cinema.booking.domain.WaitlistOffers;
import com.cinema.common.security.Caller;
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

/** The waitlist of sold-out showtimes (issue #21; docs/decisions/0012-waitlist.md), for the signed-in customer. */
@GraphQLApi
@ApplicationScoped
public class WaitlistGraphQlApi {

    @Inject
    WaitlistOffers waitlist;

    @Inject
    Caller caller;

    @Mutation("joinWaitlist")
    @Description("Puts the caller on a sold-out showtime's waitlist for 1 to 10 seats (VALIDATION on seats otherwise). "
            + "CONFLICT when that many seats are free (hold them instead), when the caller is waiting already, or when "
            + "the showtime is cancelled or has started. Seats that come free are held for the first entry they fit, "
            + "for the offer window, and the customer is told")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull WaitlistEntryView joinWaitlist(@Name("showtimeId") @Id String showtimeId, @Name("seats") Integer seats) {
        long showtime = ShowtimeGraphQlApi.required("showtimeId", showtimeId);
        return WaitlistEntryView.of(waitlist.join(caller.id(), caller.email(), showtime, seats));
    }

    @Mutation("leaveWaitlist")
    @Description("Takes the caller off the showtime's waitlist (LEFT); seats offered and not yet bought go to the next "
            + "entry. NOT_FOUND when the caller is not waiting")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull WaitlistEntryView leaveWaitlist(@Name("showtimeId") @Id String showtimeId) {
        long showtime = ShowtimeGraphQlApi.required("showtimeId", showtimeId);
        return WaitlistEntryView.of(waitlist.leave(caller.id(), showtime));
    }

    @Query("myWaitlist")
    @Description("The caller's waitlist entries, newest first, 50 to a page (page is zero-based and defaults to 0; a "
            + "shorter page is the last), with their status and any offered booking")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull WaitlistEntryView> myWaitlist(@Name("page") Integer page) {
        return waitlist.ofCustomer(caller.id(), page).stream().map(WaitlistEntryView::of).toList();
    }
}
