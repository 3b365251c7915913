package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The public {@code TicketType} enum, passed through to the booking service unchanged: which price a ticket was sold
 * at. Who may use each, and its discount, come from the booking service ({@code ticketTypes}).
 */
@Enum("TicketType")
@Description("ADULT (the full price), CHILD, SENIOR or STUDENT: see ticketTypes for who may use each and its price")
public enum TicketType {
    ADULT,
    CHILD,
    SENIOR,
    STUDENT
}
