package com.cinema.booking.notification;

import com.cinema.mail.MailMessage;
import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.TicketType;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of each notice, from plain facts: no lookups here, so every rule of the text is unit-tested. */
public final class NoticeText {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter SMS_WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", LOCALE);

    /**
     * The showing a notice is about, as the customer knows it: film, cinema, screen, and the start, always shown in
     * the cinema's own time zone; {@code place} is where the cinema is (null when the cinema service no longer knows
     * it).
     */
    public record Showing(String movieTitle, String cinemaName, String auditoriumName, Instant startsAt,
                          String timeZone, Venues.Place place, Set<ScreeningFeature> features) {

        public Showing {
            features = features == null ? Set.of() : Set.copyOf(features);
        }

        /** An ordinary screening. */
        public Showing(String movieTitle, String cinemaName, String auditoriumName, Instant startsAt, String timeZone,
                       Venues.Place place) {
            this(movieTitle, cinemaName, auditoriumName, startsAt, timeZone, place, Set.of());
        }

        /** A moment in the cinema's wall-clock time, its zone named ("BST" and the like are not known everywhere). */
        String at(Instant instant) {
            return WHEN.format(instant.atZone(ZoneId.of(timeZone))) + " (" + timeZone + " time)";
        }

        /** A moment in the cinema's wall-clock time, short (SMS, subjects). */
        String shortAt(Instant instant) {
            return SMS_WHEN.format(instant.atZone(ZoneId.of(timeZone)));
        }

        /** The e-mail's facts naming the showing, and where the cinema is when that is known. */
        List<NoticeLetter.Row> rows() {
            List<NoticeLetter.Row> rows = new ArrayList<>();
            rows.add(new NoticeLetter.Row("Film", movieTitle));
            rows.add(new NoticeLetter.Row("Cinema", cinemaName + ", " + auditoriumName));
            if (place != null) {
                rows.add(new NoticeLetter.Row("Address", place.address()));
            }
            rows.add(new NoticeLetter.Row("When", at(startsAt)));
            kinds().ifPresent(kinds -> rows.add(new NoticeLetter.Row("Type", kinds + " screening")));
            return rows;
        }

        /**
         * The kinds of screening it is, "Subtitled, Relaxed", in the kinds' own order (ADR 0029); none for an
         * ordinary screening.
         */
        Optional<String> kinds() {
            return features.isEmpty() ? Optional.empty() : Optional.of(EnumSet.copyOf(features).stream()
                    .map(ScreeningFeature::label).collect(Collectors.joining(", ")));
        }

        /**
         * The film with the kind of screening when it is one, "Stub Feature (Subtitled)", where there is no room for
         * a row of its own (SMS, calendar): a Deaf customer reads it on the phone that holds the tickets.
         */
        String titleAndKinds() {
            return movieTitle + kinds().map(kinds -> " (" + kinds + ")").orElse("");
        }

        /** The SMS's words for it: film (and kind), cinema and screen, start. */
        String inShort() {
            return titleAndKinds() + ", " + cinemaName + " " + auditoriumName + ", " + shortAt(startsAt);
        }
    }

    /**
     * What a notice says about one booking; {@code seats} are its tickets with their prices in minor units;
     * {@code copy} numbers a {@link Kind#TICKETS_SENT_AGAIN} e-mail (1, 2, ...; 0 for every other notice) and
     * {@code ticketAttached} says whether the e-mail carries the booking's QR code as {@link #ticketFileName}.
     */
    public record Facts(long bookingId, String bookingCode, Kind kind, String recipient, Showing showing,
                        List<Seat> seats, int totalCents, String currency, Instant holdExpiresAt, int copy,
                        boolean ticketAttached) {

        /** Facts of a notice without its tickets' QR code (SMS, and e-mails about bookings not confirmed). */
        public Facts(long bookingId, String bookingCode, Kind kind, String recipient, Showing showing, List<Seat> seats,
                     int totalCents, String currency, Instant holdExpiresAt) {
            this(bookingId, bookingCode, kind, recipient, showing, seats, totalCents, currency, holdExpiresAt, 0, false);
        }

        /** Facts of a notice that names no deadline (every booking kind but a waitlist offer). */
        public Facts(long bookingId, String bookingCode, Kind kind, String recipient, Showing showing, List<Seat> seats,
                     int totalCents, String currency) {
            this(bookingId, bookingCode, kind, recipient, showing, seats, totalCents, currency, null);
        }
    }

    /** The file name of a booking's QR code attached to its e-mails, e.g. {@code ticket-K7Q2XP.png}. */
    public static String ticketFileName(String bookingCode) {
        return "ticket-" + bookingCode + ".png";
    }

    /** The Content-ID of that QR code, by which the HTML e-mail shows it ({@code cid:...}). */
    public static String ticketContentId(String bookingCode) {
        return ticketFileName(bookingCode) + "@cinema.booking";
    }

    /** Whether a notice of this kind carries the booking's tickets, so its e-mail attaches their QR code. */
    public static boolean carriesTickets(Kind kind) {
        return kind == Kind.BOOKING_CONFIRMED || kind == Kind.BOOKING_REMINDER || kind == Kind.TICKETS_SENT_AGAIN;
    }

    /**
     * Whether a notice's e-mail attaches the showing as a calendar event ({@link ShowingCalendar}): those that carry
     * the tickets of a booking {@code confirmed} when the e-mail is composed (not the reminder: by then the customer
     * has it), and the cancellations of a booking once confirmed, so a calendar that has the event marks it
     * cancelled.
     */
    public static boolean attachesCalendar(Kind kind, boolean confirmed) {
        return cancelsBooking(kind)
                || (confirmed && (kind == Kind.BOOKING_CONFIRMED || kind == Kind.TICKETS_SENT_AGAIN));
    }

    /**
     * Whether a notice's e-mail offers to add the showing to the customer's calendar (the attached event, and "Add to
     * Google Calendar"): one that attaches the event, not cancelled, with the tickets of a confirmed booking.
     */
    public static boolean addsToCalendar(Kind kind, boolean ticketAttached) {
        return attachesCalendar(kind, ticketAttached) && !cancelsBooking(kind);
    }

    /** Whether a notice of this kind tells of a confirmed booking's end: its calendar event goes out cancelled. */
    public static boolean cancelsBooking(Kind kind) {
        return kind == Kind.BOOKING_CANCELLED || kind == Kind.SHOWTIME_CANCELLED;
    }

    /** One ticket: its seat's label and seat type, what it cost, and the ticket type it was sold as. */
    public record Seat(String label, String type, int priceCents, TicketType ticketType) {

        /** The seat as the customer reads it: "A5", or "A5 (Child)" for a ticket other than Adult. */
        String name() {
            return ticketType == TicketType.ADULT ? label : label + " (" + ticketType.label() + ")";
        }
    }

    /** A seat type as the seat map names it: "Standard", "VIP", "Wheelchair space". */
    static String seatTypeName(String type) {
        return switch (type) {
            case "VIP" -> "VIP";
            case "WHEELCHAIR" -> "Wheelchair space";
            case "COUPLE" -> "Couple seat";
            case "COMPANION" -> "Companion seat";
            default -> type.isEmpty() ? type : type.charAt(0) + type.substring(1).toLowerCase(LOCALE);
        };
    }

    /** Why a waitlist entry was CLOSED: its showtime was cancelled, or it started before seats came free for it. */
    public enum ClosedBecause { SHOWTIME_CANCELLED, SHOWTIME_STARTED }

    /**
     * What a WAITLIST_CLOSED notice says: the showing, the seats the customer waited for, and why the wait ended;
     * {@code movieId} is the film's, whose other showings the e-mail links to.
     */
    public record WaitlistClosedFacts(long entryId, String recipient, Showing showing, int seatsWanted,
                                      ClosedBecause reason, long movieId) {
    }

    private NoticeText() {
    }

    /**
     * Where a booking e-mail links to: the portal customers open ({@code cinema.portal.url}, without a trailing
     * slash), whose booking page each notice links to, and "Add to Google Calendar" for the showing (null: none).
     */
    public record Links(String portal, String googleCalendar) {

        /** No links (e.g. a notice composed for a test of its words). */
        public static final Links NONE = new Links(null, null);

        String booking(long bookingId) {
            return portal + "/#/bookings/" + bookingId;
        }

        String checkout(long bookingId) {
            return portal + "/#/checkout/" + bookingId;
        }

        String movie(long movieId) {
            return portal + "/#/movies/" + movieId;
        }
    }

    /** A booking notice's e-mail without links. */
    public static MailMessage compose(Facts facts) {
        return compose(facts, Links.NONE);
    }

    /** A booking notice's e-mail: plain text, and the same as HTML, linking to the booking's page in the portal. */
    public static MailMessage compose(Facts facts, Links links) {
        NoticeLetter letter = letter(facts, links);
        return new MailMessage(messageId(NoticeSubject.booking(facts.bookingId()), facts.kind(), facts.copy()),
                facts.recipient(), letter.subject(), letter.text(), NoticeHtml.render(letter), List.of());
    }

    private static String subject(Facts facts) {
        Showing showing = facts.showing();
        String code = facts.bookingCode();
        return switch (facts.kind()) {
            case BOOKING_CONFIRMED -> "Your tickets for " + showing.movieTitle() + " - booking " + code;
            case BOOKING_REMINDER -> "Reminder: " + showing.movieTitle() + " at " + showing.shortAt(showing.startsAt())
                    + " - booking " + code;
            case BOOKING_CANCELLED -> "Booking " + code + " cancelled";
            case SHOWTIME_CANCELLED -> "Showing cancelled - booking " + code;
            case WAITLIST_OFFER -> "Seats for you from the waitlist: " + showing.movieTitle() + " - pay by "
                    + showing.shortAt(deadline(facts));
            case TICKETS_SENT_AGAIN -> "Your tickets again: " + showing.movieTitle() + " - booking " + code;
            case WAITLIST_CLOSED -> throw aboutAnEntry(facts.kind());
        };
    }

    /** What a booking notice says, whichever way it is written. */
    static NoticeLetter letter(Facts facts, Links links) {
        Showing showing = facts.showing();
        String code = facts.bookingCode();
        String total = money(facts.totalCents(), facts.currency());
        String calendar = ShowingCalendar.fileName(code);
        List<NoticeLetter.SeatLine> seats = facts.seats().stream().map(seat -> new NoticeLetter.SeatLine(seat.label(),
                seatTypeName(seat.type())
                        + (seat.ticketType() == TicketType.ADULT ? "" : ", " + seat.ticketType().label()),
                money(seat.priceCents(), facts.currency()))).toList();
        NoticeLetter.Ticket ticket = facts.ticketAttached()
                ? new NoticeLetter.Ticket(ticketFileName(code), ticketContentId(code), code) : null;
        boolean addsToCalendar = addsToCalendar(facts.kind(), facts.ticketAttached());
        String addToCalendar = addsToCalendar ? "To add the showing to your calendar, open the attached " + calendar
                + "." : null;
        List<NoticeLetter.Link> next = new ArrayList<>();
        if (links.portal() != null) {
            next.add(facts.kind() == Kind.WAITLIST_OFFER
                    ? new NoticeLetter.Link("Pay for your seats", links.checkout(facts.bookingId()), true)
                    : new NoticeLetter.Link("View your booking", links.booking(facts.bookingId()), true));
        }
        if (addsToCalendar && links.googleCalendar() != null) {
            next.add(new NoticeLetter.Link("Add to Google Calendar", links.googleCalendar(), false));
        }
        String cancelInCalendar = "If the showing is in your calendar, open the attached " + calendar
                + " to mark it cancelled there.";
        NoticeLetter.Row refund = new NoticeLetter.Row("Refund", total + " to the way you paid.");
        String subject = subject(facts);
        return switch (facts.kind()) {
            case BOOKING_CONFIRMED -> new NoticeLetter(subject, "Your booking is confirmed",
                    List.of("Your booking " + code + " is confirmed. Enjoy the film!"), showing.rows(), seats,
                    new NoticeLetter.Row("Total paid", total), showAtTheDoor(facts), optional(addToCalendar), ticket,
                    next);
            case BOOKING_REMINDER -> new NoticeLetter(subject, "See you soon",
                    List.of("See you soon: your film starts at " + showing.at(showing.startsAt()) + "."),
                    showing.rows(), seats, null, showAtTheDoor(facts), List.of("Enjoy the film!"), ticket, next);
            case BOOKING_CANCELLED -> new NoticeLetter(subject, "Booking cancelled",
                    List.of("Your booking " + code + " has been cancelled."), showing.rows(), seats, refund, null,
                    List.of(cancelInCalendar), null, next);
            case SHOWTIME_CANCELLED -> new NoticeLetter(subject, "Showing cancelled",
                    List.of("We are sorry: the showing of your booking " + code + " has been cancelled by the cinema."),
                    showing.rows(), seats, refund, null, List.of(cancelInCalendar), null, next);
            case WAITLIST_OFFER -> new NoticeLetter(subject, "Seats for you from the waitlist",
                    List.of("Good news from the waitlist: seats came free and we are holding them for you as booking "
                                    + code + " until " + showing.at(deadline(facts)) + ".",
                            "Pay for them under My bookings before then; after that they go to the next customer on "
                                    + "the waitlist."),
                    showing.rows(), seats, new NoticeLetter.Row("Total to pay", total), null, List.of(), null, next);
            case TICKETS_SENT_AGAIN -> new NoticeLetter(subject, "Your tickets",
                    List.of("As you asked, here are the tickets of your booking " + code + " again."), showing.rows(),
                    seats, new NoticeLetter.Row("Total paid", total), showAtTheDoor(facts), optional(addToCalendar),
                    ticket, next);
            case WAITLIST_CLOSED -> throw aboutAnEntry(facts.kind());
        };
    }

    private static List<String> optional(String line) {
        return line == null ? List.of() : List.of(line);
    }

    /** Where the ticket is: the QR code attached, when it is, and always the one under My bookings. */
    private static String showAtTheDoor(Facts facts) {
        if (facts.ticketAttached()) {
            return "Your ticket is the QR code attached to this e-mail (" + ticketFileName(facts.bookingCode())
                    + "): show it at the door, on your phone or printed. It is also under My bookings.";
        }
        return "Show the QR code of your booking " + facts.bookingCode() + " at the door (under My bookings).";
    }

    /** A waitlist offer's deadline. */
    private static Instant deadline(Facts facts) {
        if (facts.holdExpiresAt() == null) {
            throw new IllegalArgumentException("A waitlist offer names its deadline");
        }
        return facts.holdExpiresAt();
    }

    private static IllegalArgumentException aboutAnEntry(Kind kind) {
        return new IllegalArgumentException(kind + " is about a waitlist entry, not a booking");
    }

    /**
     * The same for every attempt at one notice, so a mail delivered twice (a crash before SENT) is one mail, e.g.
     * {@code <booking-42.booking_confirmed@cinema.booking>}.
     */
    public static String messageId(NoticeSubject subject, Kind kind) {
        return messageId(subject, kind, 0);
    }

    /** Like {@link #messageId(NoticeSubject, Kind)}, numbered for a copy: {@code <booking-42.tickets_sent_again.2@cinema.booking>}. */
    public static String messageId(NoticeSubject subject, Kind kind, int copy) {
        return "<" + stem(subject, kind, copy) + "@cinema.booking>";
    }

    private static String stem(NoticeSubject subject, Kind kind, int copy) {
        return subject.key() + "." + kind.name().toLowerCase(Locale.ROOT) + (copy > 0 ? "." + copy : "");
    }

    /**
     * One notice on one channel, the same on every attempt: the Message-ID for e-mail (as before channels), the
     * idempotency key for SMS, e.g. {@code booking-42.booking_confirmed.sms}.
     */
    public static String messageKey(NoticeSubject subject, Kind kind, Channel channel) {
        return messageKey(subject, kind, channel, 0);
    }

    /** Like {@link #messageKey(NoticeSubject, Kind, Channel)} for copy number {@code copy} (0: the only one). */
    public static String messageKey(NoticeSubject subject, Kind kind, Channel channel, int copy) {
        if (channel == Channel.EMAIL) {
            return messageId(subject, kind, copy);
        }
        return stem(subject, kind, copy) + "." + channel.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The SMS of a notice: one short paragraph with what the customer must know (film, cinema, local time, seats or
     * the refund); the e-mail has the rest. {@code facts.recipient()} is the phone number.
     */
    public static SmsMessage sms(Facts facts) {
        String film = facts.showing().inShort();
        String total = money(facts.totalCents(), facts.currency());
        String text = switch (facts.kind()) {
            case BOOKING_CONFIRMED -> "Cinema: booking " + facts.bookingCode() + " confirmed. " + film + ". Seats "
                    + seatNames(facts) + ". Show the QR code from your e-mail at the door.";
            case BOOKING_REMINDER -> "Cinema: see you soon! " + film + ". Seats " + seatNames(facts) + " (booking "
                    + facts.bookingCode() + "). Show its QR code at the door.";
            case BOOKING_CANCELLED -> "Cinema: booking " + facts.bookingCode() + " (" + film
                    + ") is cancelled. Refund " + total + " to the way you paid.";
            case SHOWTIME_CANCELLED -> "Cinema: sorry, the cinema cancelled " + film + " (booking "
                    + facts.bookingCode() + "). Refund " + total + " to the way you paid.";
            case WAITLIST_OFFER -> "Cinema: seats from the waitlist for you! " + film + ". Seats " + seatNames(facts)
                    + " held until " + facts.showing().shortAt(deadline(facts)) + " (booking " + facts.bookingCode()
                    + "); pay " + total + " in My bookings before then.";
            case TICKETS_SENT_AGAIN -> throw new IllegalArgumentException(facts.kind() + " goes by e-mail only");
            case WAITLIST_CLOSED -> throw aboutAnEntry(facts.kind());
        };
        return new SmsMessage(messageKey(NoticeSubject.booking(facts.bookingId()), facts.kind(), Channel.SMS),
                facts.recipient(), text);
    }

    /** The e-mail telling a customer their waitlist entry was closed, and why, without links. */
    public static MailMessage compose(WaitlistClosedFacts facts) {
        return compose(facts, Links.NONE);
    }

    /** The e-mail telling a customer their waitlist entry was closed, and why, linking to the film's other showings. */
    public static MailMessage compose(WaitlistClosedFacts facts, Links links) {
        Showing showing = facts.showing();
        String ended = "You were on its waitlist for " + seats(facts.seatsWanted())
                + "; your place on it has ended and nothing was charged.";
        boolean cancelled = facts.reason() == ClosedBecause.SHOWTIME_CANCELLED;
        String subject = cancelled ? "Showing cancelled - your waitlist place for " + showing.movieTitle()
                : "No seats came free from the waitlist: " + showing.movieTitle();
        String why = cancelled ? "We are sorry: the showing below has been cancelled by the cinema. "
                : "We are sorry: the showing below has started and no seats came free for you. ";
        List<NoticeLetter.Row> details = new ArrayList<>(showing.rows());
        details.add(new NoticeLetter.Row("Seats wanted", String.valueOf(facts.seatsWanted())));
        NoticeLetter letter = new NoticeLetter(subject, cancelled ? "Showing cancelled" : "No seats came free",
                List.of(why + ended), details, List.of(), null, null, List.of(), null, links.portal() == null ? List.of()
                        : List.of(new NoticeLetter.Link("Find another showing", links.movie(facts.movieId()), true)));
        return new MailMessage(messageId(NoticeSubject.waitlistEntry(facts.entryId()), Kind.WAITLIST_CLOSED),
                facts.recipient(), subject, letter.text(), NoticeHtml.render(letter), List.of());
    }

    /** The SMS telling a customer their waitlist entry was closed. {@code facts.recipient()} is the phone number. */
    public static SmsMessage sms(WaitlistClosedFacts facts) {
        String showing = facts.showing().inShort();
        String wanted = seats(facts.seatsWanted());
        String text = facts.reason() == ClosedBecause.SHOWTIME_CANCELLED
                ? "Cinema: sorry, the cinema cancelled " + showing + ". You were on its waitlist for " + wanted
                        + "; nothing was charged."
                : "Cinema: sorry, no seats came free for you from the waitlist of " + showing + " (" + wanted
                        + "). It has started; nothing was charged.";
        return new SmsMessage(messageKey(NoticeSubject.waitlistEntry(facts.entryId()), Kind.WAITLIST_CLOSED,
                Channel.SMS), facts.recipient(), text);
    }

    /** The seats as the SMS lists them, e.g. "A4, A5 (Child)". */
    private static String seatNames(Facts facts) {
        return String.join(", ", facts.seats().stream().map(Seat::name).toList());
    }

    private static String seats(int count) {
        return count + (count == 1 ? " seat" : " seats");
    }

    /** Minor units in the currency's own symbol and decimals, e.g. 1250 GBP = £12.50, 1250 JPY = JP¥1,250. */
    public static String money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }
}
