package com.cinema.gateway.api.booking;

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

import java.util.List;

/**
 * The messages sent to a customer about their bookings and waitlist places, as the booking service's outbox keeps
 * them: part of what a customer can see and download of their own data (docs/api.md, "Your data"); and a booking's
 * tickets e-mailed again on request (docs/decisions/0023-tickets-by-e-mail.md).
 */
@GraphQLApi
@ApplicationScoped
public class NoticeGraphQlApi {

    @Inject
    BookingServiceClient bookings;

    @Query("myNotices")
    @Description("Every message sent, or to be sent, to the signed-in customer about their bookings and waitlist "
            + "places, newest first; with bookingId only those about that booking (empty when it is not theirs)")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull Notice> myNotices(@Name("bookingId") @Id String bookingId) {
        return bookings.myNotices(bookingId);
    }

    @Query("bookingNotices")
    @Description("Every message about one booking, whoever's it is, newest first (staff only): what went where, for "
            + "the customer who cannot find their tickets")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull Notice> bookingNotices(@Name("bookingId") @NonNull @Id String bookingId) {
        return bookings.bookingNotices(bookingId);
    }

    @Mutation("sendTicketsAgain")
    @Description("E-mails a confirmed booking's tickets, with their QR code, again to its customer's current account "
            + "address: its owner, or staff for any booking (NOT_FOUND otherwise). CONFLICT unless CONFIRMED with its "
            + "showing still to end, or when the account is closed; RATE_LIMITED too soon after the last e-mail with "
            + "the tickets, or past the copies a customer may ask for (staff are not held to that)")
    @RolesAllowed({"USER", "ADMIN"})
    public TicketsSent sendTicketsAgain(@Name("bookingId") @NonNull @Id String bookingId) {
        return bookings.sendTicketsAgain(bookingId);
    }
}
