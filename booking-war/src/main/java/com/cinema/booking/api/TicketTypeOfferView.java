package com.cinema.booking.api;

import com.cinema.booking.domain.TicketType;
import com.cinema.booking.domain.TicketTypeOffer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL {@code TicketTypeOffer} type: one ticket type on sale, as the checkout page offers it. */
@Type("TicketTypeOffer")
public class TicketTypeOfferView {

    @NonNull
    @Description("The type, as Ticket.ticketType and chooseTicketTypes name it")
    public TicketType type;
    @NonNull
    @Description("What customers call it: Adult, Child, Senior or Student")
    public String label;
    @NonNull
    @Description("Who may use it, e.g. Under 15; empty for ADULT")
    public String condition;
    @Description("Taken off each seat's full price (its seat type's surcharge included) in minor units of the "
            + "booking's currency; a ticket never costs less than 0")
    public int discountCents;
    @NonNull
    @Description("Age ratings of films this type is not sold for, e.g. 15 and 18 for CHILD; empty when sold for all")
    public List<@NonNull String> notForRatings;

    static TicketTypeOfferView of(TicketTypeOffer offer) {
        TicketTypeOfferView view = new TicketTypeOfferView();
        view.type = offer.type();
        view.label = offer.label();
        view.condition = offer.condition();
        view.discountCents = offer.discountCents();
        view.notForRatings = offer.notForRatings();
        return view;
    }
}
