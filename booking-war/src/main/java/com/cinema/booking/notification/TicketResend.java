package com.cinema.booking.notification;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingLedger;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.BookingStore;
import com.cinema.booking.domain.Contention;
import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeStore;
import com.cinema.booking.domain.Transactions;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A confirmed booking's tickets e-mailed again, with their QR code, when the customer cannot find the confirmation
 * (or staff send them for the customer at the box office): docs/decisions/0023-tickets-by-e-mail.md. It goes to the
 * customer's current account address, asked of the user service now, so an address corrected since booking counts.
 *
 * <p>Limits keep it from becoming a way to flood a mailbox: not within {@code cinema.booking.tickets-again.interval}
 * of the last e-mail with the tickets (the confirmation included), for anyone; and at most
 * {@code cinema.booking.tickets-again.max-copies} copies a booking at a customer's request (staff, who spoke to the
 * customer, are not held to that). Both are RATE_LIMITED naming when to ask again, or why not. The booking's row lock
 * orders requests for one booking, so concurrent ones cannot both pass a limit.
 */
@ApplicationScoped
public class TicketResend {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    BookingLedger ledger;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    ContactDirectory contacts;

    @Inject
    TicketSends sends;

    @Inject
    TicketResendSettings settings;

    @Inject
    Clock clock;

    /**
     * The copy queued: its booking, the address it goes to, when, and how many more the customer may ask for
     * (0: none).
     */
    public record Sent(long bookingId, String recipient, Instant queuedAt, int copiesLeft) {
    }

    /**
     * Queues the next copy of the booking's tickets. NOT_FOUND for a booking the caller may not see (another
     * customer's, unless staff); CONFLICT unless CONFIRMED with its showing still to end, or when the customer's
     * account is closed; RATE_LIMITED as above; UPSTREAM_UNAVAILABLE when the user service cannot say the address.
     * Nothing is queued in any of these cases.
     */
    public Sent sendAgain(long callerId, boolean staff, long bookingId) {
        Booking seen = ledger.visibleTo(callerId, staff, bookingId);
        transactions.inOne(() -> requireTickets(seen, clock.instant()));
        // Outside any transaction: no database connection is held while the user service answers.
        String email = contacts.contact(seen.getUserId()).map(ContactDirectory.Contact::email)
                .filter(address -> !address.isBlank())
                .orElseThrow(() -> new ConflictException("The account of booking " + seen.getCode()
                        + "'s customer is closed: there is no address to send its tickets to"));
        return Contention.answering(() -> Contention.busy("Booking " + seen.getCode(), "the tickets were not sent"),
                () -> transactions.retrying(() -> {
                    Instant now = clock.instant();
                    Booking booking = bookings.lockForChange(bookingId).orElseThrow();
                    Showtime showtime = requireTickets(booking, now);
                    TicketSends.History history = sends.of(bookingId);
                    requireWithinLimits(booking, showtime, history, staff, now);
                    int copy = history.copies() + 1;
                    sends.queueCopy(bookingId, copy, email, now);
                    return new Sent(bookingId, email, now, Math.max(0, settings.maxCopies() - copy));
                }));
    }

    /** The booking's showtime, when the booking has tickets to show: CONFIRMED, its showing not cancelled or over. */
    private Showtime requireTickets(Booking booking, Instant now) {
        if (booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new ConflictException("Booking " + booking.getCode() + " is " + booking.getStatus()
                    + ": only a confirmed booking has tickets to send");
        }
        Showtime showtime = showtimes.find(booking.getShowtimeId()).orElseThrow();
        if (showtime.isCancelled() || !now.isBefore(showtime.getEndsAt())) {
            throw new ConflictException("The showing of booking " + booking.getCode()
                    + (showtime.isCancelled() ? " was cancelled" : " is over") + ": its tickets admit no one now");
        }
        return showtime;
    }

    private void requireWithinLimits(Booking booking, Showtime showtime, TicketSends.History history, boolean staff,
                                     Instant now) {
        if (!staff && history.copies() >= settings.maxCopies()) {
            throw new RateLimitedException("The tickets of booking " + booking.getCode() + " were sent again "
                    + history.copies() + " times, the most we send on request; staff at the cinema can show them");
        }
        if (history.lastQueuedAt() != null) {
            Instant allowedFrom = history.lastQueuedAt().plus(settings.interval());
            if (now.isBefore(allowedFrom)) {
                throw new RateLimitedException("The tickets of booking " + booking.getCode() + " were sent at "
                        + clockTime(history.lastQueuedAt(), showtime) + "; please check your inbox and spam folder,"
                        + " or ask again from " + clockTime(allowedFrom.plus(59, ChronoUnit.SECONDS), showtime)
                        + " (" + showtime.getTimeZone() + " time)");
            }
        }
    }

    /** The minute as the cinema's clocks show it; "from" times are rounded up so the minute named is allowed. */
    private static String clockTime(Instant instant, Showtime showtime) {
        return CLOCK_TIME.format(instant.atZone(ZoneId.of(showtime.getTimeZone())));
    }
}
