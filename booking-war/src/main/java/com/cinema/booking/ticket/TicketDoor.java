package com.cinema.booking.ticket;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingMetrics;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.Contention;
import com.cinema.booking.domain.Ticket;
import com.cinema.booking.domain.Transactions;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Signed tickets: the pass of a confirmed booking (what its QR code carries) and the check-in of a scanned one.
 * A pass admits its booking's tickets once: the first scan marks them used, any later scan is CONFLICT naming
 * when they were used; a cancelled or refunded booking's pass is CONFLICT too.
 */
@ApplicationScoped
public class TicketDoor {

    @Inject
    TicketCheckIns checkIns;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    TicketKeys keys;

    @Inject
    BookingMetrics metrics;

    TicketDoor() {
        // for CDI
    }

    TicketDoor(TicketCheckIns checkIns, Transactions transactions, Clock clock, Supplier<TicketSigner> signer) {
        this.checkIns = checkIns;
        this.transactions = transactions;
        this.clock = clock;
        this.keys = new TicketKeys() {
            @Override
            public TicketSigner signer() {
                return signer.get();
            }
        };
    }

    /** The signed payload of a booking's tickets; only a CONFIRMED booking has a pass. */
    public String passOf(Booking booking) {
        if (booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new ConflictException("Booking " + booking.getCode() + " is " + booking.getStatus()
                    + ": only a confirmed booking has tickets to show");
        }
        List<Long> ids = booking.getTickets().stream().map(Ticket::getId).toList();
        return keys.signer().sign(new TicketPass(booking.getCode(), ids));
    }

    /**
     * Admits a scanned pass once; returns the booking's first ticket as now checked in. Lock contention on the
     * booking is CONFLICT ({@link Contention}) with nothing admitted: scan again.
     */
    public TicketCheckIns.DoorTicket checkIn(String payload) {
        TicketPass pass = keys.signer().verify(payload);
        Instant now = clock.instant();
        return Contention.answering(() -> Contention.busy("Booking " + pass.bookingCode(),
                "its tickets were not admitted"), () -> transactions.inOne(() -> {
            TicketCheckIns.DoorBooking booking = checkIns.lockByCode(pass.bookingCode())
                    .filter(b -> sameTickets(b, pass))
                    // Signed by us but unknown here (another environment's key, a deleted booking): still refused.
                    .orElseThrow(() -> new ValidationException("payload", "names no tickets of this cinema"));
            if (booking.status() != BookingStatus.CONFIRMED) {
                throw new ConflictException("The tickets of booking " + pass.bookingCode() + " are not valid: the "
                        + "booking is " + booking.status());
            }
            int admitted = checkIns.checkIn(booking.id(), pass.ticketIds(), now);
            if (admitted == 0) {
                Instant usedAt = checkIns.checkedInAt(pass.ticketIds()).values().stream().min(Comparator.naturalOrder())
                        .orElse(null);
                ConflictException used = new ConflictException("The tickets of booking " + pass.bookingCode()
                        + " were already used" + (usedAt == null ? "" : " at " + usedAt));
                throw usedAt == null ? used : used.withExtension("checkedInAt", usedAt.toString());
            }
            metrics.ticketsCheckedIn(admitted);
            TicketCheckIns.DoorTicket first = booking.tickets().stream().min(Comparator.comparing(
                    TicketCheckIns.DoorTicket::id)).orElseThrow();
            return new TicketCheckIns.DoorTicket(first.id(), first.seatId(), first.seatLabel(), first.seatType(),
                    first.priceCents(), now);
        }));
    }

    /** When these tickets were used; those not used yet are left out. */
    public Map<Long, Instant> checkedInAt(List<Long> ticketIds) {
        return ticketIds.isEmpty() ? Map.of() : transactions.inOne(() -> checkIns.checkedInAt(ticketIds));
    }

    private static boolean sameTickets(TicketCheckIns.DoorBooking booking, TicketPass pass) {
        return !pass.ticketIds().isEmpty() && new HashSet<>(pass.ticketIds()).equals(
                new HashSet<>(booking.tickets().stream().map(TicketCheckIns.DoorTicket::id).toList()));
    }
}
