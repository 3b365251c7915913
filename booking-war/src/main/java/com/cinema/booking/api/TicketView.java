package com.cinema.booking.api;

import com.cinema.booking.domain.Ticket;
import com.cinema.booking.domain.TicketType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code Ticket} type: one seat of a booking as it was priced when taken, or as its chosen ticket type. */
@Type("Ticket")
public class TicketView {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String seatId;
    @NonNull
    @Description("Row letter and seat number, e.g. F7")
    public String seatLabel;
    @NonNull
    @Description("STANDARD, PREMIUM, VIP, WHEELCHAIR or COUPLE")
    public String seatType;
    @Description("Price of this seat in minor units of the booking's currency")
    public int priceCents;
    @Description("The seat's full price in minor units (its seat type's surcharge included): what an Adult pays, and "
            + "what a ticket type's discount is taken from")
    public int fullPriceCents;
    @NonNull
    @Description("The ticket type this seat was priced as: ADULT (the full price) unless the customer chose another "
            + "while the booking was held")
    public TicketType ticketType;
    @Description("When the ticket was scanned at the door, ISO-8601 in UTC; null while unused")
    public OffsetDateTime checkedInAt;

    static TicketView of(Ticket ticket) {
        return of(ticket.getId(), ticket.getSeatId(), ticket.getSeatLabel(), ticket.getSeatType(), ticket.getTicketType(),
                ticket.getPriceCents(), ticket.getFullPriceCents(), ticket.getCheckedInAt());
    }

    /**
     * The one mapping of a ticket's values, also for the door's own read of them ({@code ticket.TicketGraphQlApi}):
     * a field added here is a compile error at every source until it is filled.
     */
    public static TicketView of(Long id, long seatId, String seatLabel, String seatType, TicketType ticketType,
                                int priceCents, int fullPriceCents, Instant checkedInAt) {
        TicketView view = new TicketView();
        view.id = id == null ? null : String.valueOf(id);
        view.seatId = String.valueOf(seatId);
        view.seatLabel = seatLabel;
        view.seatType = seatType;
        view.ticketType = ticketType;
        view.priceCents = priceCents;
        view.fullPriceCents = fullPriceCents;
        view.checkedInAt = checkedInAt == null ? null : checkedInAt.atOffset(ZoneOffset.UTC);
        return view;
    }
}
