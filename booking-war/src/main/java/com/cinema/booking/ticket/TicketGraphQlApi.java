package com.cinema.booking.ticket;

import com.cinema.booking.api.CalendarFileView;
import com.cinema.booking.api.TicketView;
import com.cinema.booking.domain.BookingLedger;
import com.cinema.booking.notification.NoticeComposer;
import com.cinema.common.error.ValidationException;
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

/**
 * The booking service's GraphQL API for what a confirmed booking gives its customer to take away (the signed pass of
 * the QR code, the showing as a calendar event) and for staff's check-in at the door.
 */
@GraphQLApi
@ApplicationScoped
public class TicketGraphQlApi {

    @Inject
    TicketDoor door;

    @Inject
    BookingLedger ledger;

    @Inject
    Caller caller;

    @Inject
    NoticeComposer composer;

    @Query("ticketPass")
    @Description("The signed payload of a confirmed booking's tickets, as its QR code carries it (its owner or "
            + "staff; NOT_FOUND for other users' bookings, CONFLICT unless CONFIRMED)")
    @RolesAllowed({"USER", "ADMIN"})
    public String ticketPass(@Name("bookingId") @NonNull @Id String bookingId) {
        long id = Ids.parse("bookingId", bookingId);
        return door.passOf(ledger.visibleTo(caller.id(), caller.isStaff(), id));
    }

    @Query("showingCalendar")
    @Description("A confirmed booking's showing as an iCalendar event for the customer's calendar (its owner or "
            + "staff; NOT_FOUND for other users' bookings, CONFLICT unless CONFIRMED): the same event, with the same "
            + "UID, as the one its e-mails attach")
    @RolesAllowed({"USER", "ADMIN"})
    public CalendarFileView showingCalendar(@Name("bookingId") @NonNull @Id String bookingId) {
        long id = Ids.parse("bookingId", bookingId);
        return CalendarFileView.of(composer.calendarOf(ledger.visibleTo(caller.id(), caller.isStaff(), id)));
    }

    @Mutation("checkInTicket")
    @Description("Staff at the door: admits a scanned ticket payload once and returns the booking's first ticket "
            + "with checkedInAt, at the door of cinemaId when given (another cinema's ticket: CONFLICT with reason "
            + "WRONG_CINEMA), from when its showtime's door opens until the showtime ends (earlier or later: "
            + "CONFLICT with reason TOO_EARLY or SHOWTIME_OVER); a second scan is CONFLICT naming when it was used; "
            + "a forged payload is VALIDATION")
    @RolesAllowed("ADMIN")
    public TicketView checkInTicket(@Name("payload") @NonNull String payload, @Name("cinemaId") @Id String cinemaId) {
        if (payload == null || payload.isBlank()) {
            throw new ValidationException("payload", "is required");
        }
        TicketCheckIns.DoorTicket ticket = door.checkIn(payload.strip(), Ids.parseOptional("cinemaId", cinemaId));
        return TicketView.of(ticket.id(), ticket.seatId(), ticket.seatLabel(), ticket.seatType(), ticket.ticketType(),
                ticket.priceCents(), ticket.fullPriceCents(), ticket.checkedInAt());
    }
}
