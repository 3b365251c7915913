package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** One seat of a booking as it was priced when taken, and whether it has been used at the door. */
public class Ticket {

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
    @NonNull
    @Description("The price the ticket was sold at: ADULT, or a concession chosen at checkout")
    public TicketType ticketType;
    @Description("Price of this seat in minor units, the ticket type's discount taken off")
    public int priceCents;
    @Description("The seat's Adult price in minor units (its seat type's surcharge included): what each ticket type's"
            + " discount is taken from")
    public int fullPriceCents;
    @Description("When the ticket was scanned at the door (UTC); null while unused")
    public OffsetDateTime checkedInAt;
}
