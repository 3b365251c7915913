package com.cinema.booking.ticket;

import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.TicketType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Tickets at the door (port; the adapter is {@code persistence.TicketCheckInTable}). Every method runs inside a
 * {@code Transactions} transaction.
 */
public interface TicketCheckIns {

    /**
     * A booking's tickets as the door sees them; {@code checkedInAt} is null until the ticket is used. The ticket
     * type is what staff check a concession by (ADR 0022).
     */
    record DoorTicket(long id, long seatId, String seatLabel, String seatType, TicketType ticketType, int priceCents,
                      int fullPriceCents, Instant checkedInAt) {

        /** The same ticket, used at the door at {@code at}. */
        DoorTicket admittedAt(Instant at) {
            return new DoorTicket(id, seatId, seatLabel, seatType, ticketType, priceCents, fullPriceCents, at);
        }
    }

    /**
     * A booking at the door, with its showtime's cinema and when it starts and ends: a pass admits only at that
     * cinema's door and around its showtime.
     */
    record DoorBooking(long id, BookingStatus status, long cinemaId, Instant showtimeStartsAt, Instant showtimeEndsAt,
                       List<DoorTicket> tickets) {

        public DoorBooking {
            tickets = List.copyOf(tickets);
        }
    }

    /**
     * The booking with this code and its tickets, their rows locked until the transaction ends, so two scans
     * of one ticket are decided one after the other.
     */
    Optional<DoorBooking> lockByCode(String bookingCode);

    /**
     * Marks the tickets used at {@code at}, only those not used yet and only while the booking is CONFIRMED
     * (a conditional UPDATE); returns how many it marked.
     */
    int checkIn(long bookingId, Collection<Long> ticketIds, Instant at);

    /** When each of these tickets was used (unused and unknown ones left out). */
    java.util.Map<Long, Instant> checkedInAt(Collection<Long> ticketIds);
}
