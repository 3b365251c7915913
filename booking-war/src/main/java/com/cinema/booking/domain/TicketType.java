package com.cinema.booking.domain;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * Which price a ticket is sold at: ADULT is the seat's full price, the others are concessions taking a discount off
 * it ({@link TicketTypeOffer}, configured by {@link TicketTypeSettings}). A hold takes every seat as ADULT; the
 * customer chooses another type per seat while the booking is held ({@link TicketTypeChange}).
 */
@Enum("TicketType")
@Description("ADULT (the full price), CHILD, SENIOR or STUDENT: see ticketTypes for who may use each and its discount")
public enum TicketType {
    ADULT("Adult"),
    CHILD("Child"),
    SENIOR("Senior"),
    STUDENT("Student");

    private final String label;

    TicketType(String label) {
        this.label = label;
    }

    /** What customers call it, e.g. "Child". */
    public String label() {
        return label;
    }
}
