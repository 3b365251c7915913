package com.cinema.gateway.api.dashboard;

import com.cinema.gateway.api.booking.TicketType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Tickets sold as one ticket type in the period: the concession mix (docs/decisions/0022-ticket-types.md). */
@Description("Tickets of the period's confirmed bookings sold as one ticket type")
public class TicketTypeSales {
    @NonNull
    public TicketType ticketType;
    public int ticketsSold;
}
