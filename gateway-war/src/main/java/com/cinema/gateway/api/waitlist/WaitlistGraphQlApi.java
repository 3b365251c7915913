package com.cinema.gateway.api.waitlist;

import com.cinema.common.error.ValidationException;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.api.showtime.Showtime;
import com.cinema.gateway.client.BookingServiceClient;
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
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * The waitlist of sold-out showtimes (issue #21; docs/decisions/0012-waitlist.md), answered by the booking service with
 * the caller's own token.
 */
@GraphQLApi
@ApplicationScoped
public class WaitlistGraphQlApi {

    static final int MAX_SEATS = 10;

    @Inject
    BookingServiceClient bookings;

    @Inject
    ReferenceLoader references;

    @Mutation("joinWaitlist")
    @Description("Puts the signed-in customer on the waitlist of a sold-out showtime for 1 to 10 seats (VALIDATION on "
            + "seats otherwise); CONFLICT when that many seats are still free (hold them instead), when the customer is "
            + "waiting already, or when the showtime is cancelled or has started. When seats free up, the first entry "
            + "they fit gets them held (a HELD booking, bookingId) for the offer window and a notice on the customer's "
            + "channels; unpaid by then, they go to the next entry")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull WaitlistEntry joinWaitlist(@Name("showtimeId") @Id @NonNull String showtimeId,
                                               @Name("seats") @NonNull Integer seats) {
        if (seats < 1 || seats > MAX_SEATS) {
            throw new ValidationException("seats", "must be 1 to " + MAX_SEATS + " seats");
        }
        return bookings.joinWaitlist(showtimeId, seats);
    }

    @Mutation("leaveWaitlist")
    @Description("Takes the signed-in customer off the showtime's waitlist (LEFT); seats offered and not yet bought go "
            + "to the next entry. NOT_FOUND when the customer is not waiting")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull WaitlistEntry leaveWaitlist(@Name("showtimeId") @Id @NonNull String showtimeId) {
        return bookings.leaveWaitlist(showtimeId);
    }

    @Query("myWaitlist")
    @Description("The signed-in customer's waitlist entries, newest first, 50 to a page (page is zero-based and defaults "
            + "to 0; a shorter page is the last): status, place in the queue and any offered booking")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull WaitlistEntry> myWaitlist(@Name("page") Integer page) {
        return bookings.myWaitlist(page);
    }

    @Name("showtime")
    @Description("The showtime waited for; loaded once per request for all entries in the answer")
    public Showtime showtime(@Source WaitlistEntry entry) {
        return references.showtime(entry.showtimeId, bookings::showtimesByIds);
    }
}
