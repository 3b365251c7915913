package com.cinema.booking.api;

import com.cinema.booking.domain.CustomerNotice;
import com.cinema.booking.domain.NoticeHistory;
import com.cinema.common.input.Ids;
import com.cinema.common.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/**
 * The messages sent, or to be sent, to the signed-in customer about their bookings and waitlist places, for the
 * gateway's export of their personal data (right of access).
 */
@GraphQLApi
@ApplicationScoped
public class NoticeGraphQlApi {

    @Inject
    NoticeHistory history;

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
}
