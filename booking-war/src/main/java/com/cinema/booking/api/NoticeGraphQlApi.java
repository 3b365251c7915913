package com.cinema.booking.api;

import com.cinema.booking.domain.CustomerNotice;
import com.cinema.booking.domain.NoticeHistory;
import com.cinema.booking.notification.TicketResend;
import com.cinema.common.audit.AuditLog;
import com.cinema.common.input.Ids;
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

/**
 * The messages sent, or to be sent, to the signed-in customer about their bookings and waitlist places (for the
 * booking page and the gateway's export of their personal data, the right of access), and a booking's tickets sent
 * again on request.
 */
@GraphQLApi
@ApplicationScoped
public class NoticeGraphQlApi {

    @Inject
    NoticeHistory history;

    @Inject
    TicketResend resend;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Query("myNotices")
    @Description("Every message about the caller's bookings and waitlist places, one per channel, newest first; all of "
            + "them (a customer has a few hundred at most). With bookingId: only those about that booking (empty when "
            + "it is not the caller's)")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull NoticeView> myNotices(@Name("bookingId") @Id String bookingId) {
        long customer = caller.id();
        List<CustomerNotice> notices = bookingId == null ? history.ofCustomer(customer)
                : history.ofBooking(customer, Ids.parse("bookingId", bookingId));
        return notices.stream().map(NoticeView::of).toList();
    }

    @Query("bookingNotices")
    @Description("Every message about one booking, whoever's it is, newest first (staff only: the customer on the "
            + "phone who cannot find their tickets); empty for an unknown booking")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull NoticeView> bookingNotices(@Name("bookingId") @NonNull @Id String bookingId) {
        return history.ofAnyBooking(Ids.parse("bookingId", bookingId)).stream().map(NoticeView::of).toList();
    }

    @Mutation("sendTicketsAgain")
    @Description("E-mails a confirmed booking's tickets, with their QR code, again to its customer's current account "
            + "address: its owner, or staff for any booking (NOT_FOUND otherwise). CONFLICT unless CONFIRMED with its "
            + "showing still to end, or when the account is closed; RATE_LIMITED too soon after the last e-mail with "
            + "the tickets, or past the copies a customer may ask for (staff are not held to that)")
    @RolesAllowed({"USER", "ADMIN"})
    public TicketsSentView sendTicketsAgain(@Name("bookingId") @NonNull @Id String bookingId) {
        long booking = Ids.parse("bookingId", bookingId);
        if (!caller.isStaff()) {
            return TicketsSentView.of(resend.sendAgain(caller.id(), false, booking));
        }
        // Staff send to a customer's mailbox: on the audit trail like their other actions on bookings.
        return audit.record("booking.tickets-again", "booking/" + booking,
                () -> TicketsSentView.of(resend.sendAgain(caller.id(), true, booking)));
    }
}
