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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Signed tickets: the pass of a confirmed booking (what its QR code carries) and the check-in of a scanned one.
 * A pass admits its booking's tickets once: the first scan marks them used, any later scan is CONFLICT naming
 * when they were used; a cancelled or refunded booking's pass is CONFLICT too. A pass admits only at its own
 * cinema's door, when the door names its cinema (else CONFLICT with the reason {@code WRONG_CINEMA}), and only around
 * its showtime: from {@code cinema.booking.door-opens} before the start (late-comers until the end); earlier or later
 * it is CONFLICT with the reason {@code TOO_EARLY} or {@code SHOWTIME_OVER}, so a ticket for another day or a show
 * already seen lets nobody in.
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

    @Inject
    @ConfigProperty(name = "cinema.booking.door-opens", defaultValue = "PT1H")
    Duration doorOpens;

    TicketDoor() {
        // for CDI
    }

    TicketDoor(TicketCheckIns checkIns, Transactions transactions, Clock clock, Duration doorOpens,
               Supplier<TicketSigner> signer) {
        this.checkIns = checkIns;
        this.doorOpens = doorOpens;
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
     * Admits a scanned pass once at the door of {@code doorCinemaId} (null: a door that does not say); returns the
     * booking's first ticket as now checked in. Lock contention on the booking is CONFLICT ({@link Contention}) with
     * nothing admitted: scan again.
     */
    public TicketCheckIns.DoorTicket checkIn(String payload, Long doorCinemaId) {
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
            if (doorCinemaId != null && doorCinemaId != booking.cinemaId()) {
                throw new ConflictException("The tickets of booking " + pass.bookingCode() + " are for cinema "
                        + booking.cinemaId() + ", not this one (cinema " + doorCinemaId + ")")
                        .withExtension("reason", "WRONG_CINEMA")
                        .withExtension("cinemaId", String.valueOf(booking.cinemaId()));
            }
            refuseOutsideItsShowtime(pass.bookingCode(), booking, now);
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
            return first.admittedAt(now);
        }));
    }

    private void refuseOutsideItsShowtime(String bookingCode, TicketCheckIns.DoorBooking booking, Instant now) {
        Instant opens = booking.showtimeStartsAt().minus(doorOpens);
        if (now.isBefore(opens)) {
            throw new ConflictException("The tickets of booking " + bookingCode + " are for the showtime at "
                    + booking.showtimeStartsAt() + ": its door opens at " + opens)
                    .withExtension("reason", "TOO_EARLY")
                    .withExtension("showtimeStartsAt", booking.showtimeStartsAt().toString());
        }
        if (!now.isBefore(booking.showtimeEndsAt())) {
            throw new ConflictException("The tickets of booking " + bookingCode + " were for the showtime that ended at "
                    + booking.showtimeEndsAt())
                    .withExtension("reason", "SHOWTIME_OVER")
                    .withExtension("showtimeStartsAt", booking.showtimeStartsAt().toString());
        }
    }

    private static boolean sameTickets(TicketCheckIns.DoorBooking booking, TicketPass pass) {
        return !pass.ticketIds().isEmpty() && new HashSet<>(pass.ticketIds()).equals(
                new HashSet<>(booking.tickets().stream().map(TicketCheckIns.DoorTicket::id).toList()));
    }
}
