package com.cinema.gateway.api.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The ticket type a customer chooses for one seat of their hold; the booking service checks the rest. */
@Input("TicketTypeChoice")
public class TicketTypeChoice {

    @Id
    @NonNull
    @NotNull
    @Pattern(regexp = "\\d{1,18}", message = "is not a seat id")
    @Description("One of the hold's seats (Ticket.seatId)")
    public String seatId;

    @NonNull
    @NotNull
    public TicketType type;
}
