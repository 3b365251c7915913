package com.cinema.booking.ticket;

import java.util.List;

/** What a ticket's QR code vouches for: a booking, by its printed code, and the ids of its tickets. */
public record TicketPass(String bookingCode, List<Long> ticketIds) {

    public TicketPass {
        ticketIds = List.copyOf(ticketIds);
    }
}
