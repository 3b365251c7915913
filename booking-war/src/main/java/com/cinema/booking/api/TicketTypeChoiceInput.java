package com.cinema.booking.api;

import com.cinema.booking.domain.TicketType;
import com.cinema.booking.domain.TicketTypeChange;
import com.cinema.common.input.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code TicketTypeChoice} input: the ticket type a customer chooses for one seat of their hold. */
@Input("TicketTypeChoice")
public class TicketTypeChoiceInput {

    @Id
    @NonNull
    @Description("One of the booking's seats (Ticket.seatId)")
    public String seatId;
    @NonNull
    @Description("The type to price the seat's ticket as, one of ticketTypes")
    public TicketType type;

    /** The domain's choice; a seat id that is no number is VALIDATION on {@code tickets}. */
    TicketTypeChange.Choice toChoice() {
        return new TicketTypeChange.Choice(Ids.parse(TicketTypeChange.FIELD, seatId), type);
    }
}
