package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** The public {@code TicketsSent} type: a copy of a booking's tickets queued by e-mail; fields match the booking service's. */
@Type("TicketsSent")
@Description("A confirmed booking's tickets, with their QR code, queued to be e-mailed again")
public class TicketsSent {

    @Id
    @NonNull
    public String bookingId;
    @NonNull
    @Description("The address it goes to: the customer's account e-mail address now")
    public String recipient;
    @NonNull
    @Description("When it was queued, ISO-8601 with offset (UTC)")
    public OffsetDateTime queuedAt;
    @Description("How many more times the customer may ask for this booking's tickets (0: no more)")
    public int sendsLeft;
}
