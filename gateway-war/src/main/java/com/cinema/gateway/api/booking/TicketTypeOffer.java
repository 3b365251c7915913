package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One ticket type the cinema sells, as the booking service prices it (docs/decisions/0022-ticket-types.md). */
@Type("TicketTypeOffer")
public class TicketTypeOffer {

    @NonNull
    public TicketType type;
    @NonNull
    @Description("What the portal calls it, e.g. Child")
    public String label;
    @NonNull
    @Description("Who may use it, e.g. Under 15; empty for ADULT")
    public String condition;
    @Description("Taken off each seat's full price (its seat type's surcharge included), in minor units; never below 0")
    public int discountCents;
    @NonNull
    @Description("Age ratings of films this type is not sold for, e.g. 15 and 18 for CHILD")
    public List<@NonNull String> notForRatings;
}
