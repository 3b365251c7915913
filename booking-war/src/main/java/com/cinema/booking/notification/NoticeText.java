package com.cinema.booking.notification;

import com.cinema.booking.domain.BookingNotices.Kind;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The words of each notice, from plain facts: no lookups here, so every rule of the text is unit-tested. */
public final class NoticeText {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter SMS_WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", LOCALE);

    /** What a notice says about one booking; {@code seats} are labels with their prices in minor units. */
    public record Facts(long bookingId, String bookingCode, Kind kind, String recipient, String movieTitle,
                        String cinemaName, String auditoriumName, Instant startsAt, String timeZone,
                        List<Seat> seats, int totalCents, String currency, Instant holdExpiresAt) {

        /** Facts of a notice that names no deadline (every kind but a waitlist offer). */
        public Facts(long bookingId, String bookingCode, Kind kind, String recipient, String movieTitle,
                     String cinemaName, String auditoriumName, Instant startsAt, String timeZone, List<Seat> seats,
                     int totalCents, String currency) {
            this(bookingId, bookingCode, kind, recipient, movieTitle, cinemaName, auditoriumName, startsAt, timeZone,
                    seats, totalCents, currency, null);
        }
    }

    public record Seat(String label, String type, int priceCents) {
    }

    private NoticeText() {
    }

    public static MailMessage compose(Facts facts) {
        // The cinema's wall-clock time, with its zone named (abbreviations like "BST" are not known everywhere).
        String when = WHEN.format(facts.startsAt().atZone(ZoneId.of(facts.timeZone()))) + " (" + facts.timeZone()
                + " time)";
        StringBuilder body = new StringBuilder();
        String subject = switch (facts.kind()) {
            case BOOKING_CONFIRMED -> {
                body.append("Your booking ").append(facts.bookingCode()).append(" is confirmed. Enjoy the film!\n\n");
                yield "Your tickets for " + facts.movieTitle() + " - booking " + facts.bookingCode();
            }
            case BOOKING_CANCELLED -> {
                body.append("Your booking ").append(facts.bookingCode()).append(" has been cancelled.\n\n");
                yield "Booking " + facts.bookingCode() + " cancelled";
            }
            case SHOWTIME_CANCELLED -> {
                body.append("We are sorry: the showing of your booking ").append(facts.bookingCode())
                        .append(" has been cancelled by the cinema.\n\n");
                yield "Showing cancelled - booking " + facts.bookingCode();
            }
            case WAITLIST_OFFER -> {
                body.append("Good news from the waitlist: seats came free and we are holding them for you as booking ")
                        .append(facts.bookingCode()).append(" until ").append(deadline(facts))
                        .append(".\nPay for them under My bookings before then; after that they go to the next "
                                + "customer on the waitlist.\n\n");
                yield "Seats for you from the waitlist: " + facts.movieTitle() + " - pay by "
                        + SMS_WHEN.format(facts.holdExpiresAt().atZone(ZoneId.of(facts.timeZone())));
            }
        };
        body.append("Film:    ").append(facts.movieTitle()).append('\n')
                .append("Cinema:  ").append(facts.cinemaName()).append(", ").append(facts.auditoriumName()).append('\n')
                .append("When:    ").append(when).append('\n')
                .append("Seats:\n");
        for (Seat seat : facts.seats()) {
            body.append("  ").append(seat.label()).append(" (").append(seat.type().toLowerCase(LOCALE)).append(")  ")
                    .append(money(seat.priceCents(), facts.currency())).append('\n');
        }
        String total = money(facts.totalCents(), facts.currency());
        if (facts.kind() == Kind.BOOKING_CONFIRMED) {
            body.append("Total paid: ").append(total).append("\n\nShow the QR code of your booking at the door.\n");
        } else if (facts.kind() == Kind.WAITLIST_OFFER) {
            body.append("Total to pay: ").append(total).append('\n');
        } else {
            body.append("Refund: ").append(total).append(" to the way you paid.\n");
        }
        return new MailMessage(messageId(facts.bookingId(), facts.kind()), facts.recipient(), subject,
                body.toString());
    }

    /** A waitlist offer's deadline in the cinema's wall-clock time, with its zone named. */
    private static String deadline(Facts facts) {
        if (facts.holdExpiresAt() == null) {
            throw new IllegalArgumentException("A waitlist offer names its deadline");
        }
        return WHEN.format(facts.holdExpiresAt().atZone(ZoneId.of(facts.timeZone()))) + " (" + facts.timeZone()
                + " time)";
    }

    /** The same for every attempt at one notice, so a mail delivered twice (a crash before SENT) is one mail. */
    public static String messageId(long bookingId, Kind kind) {
        return "<booking-" + bookingId + "." + kind.name().toLowerCase(Locale.ROOT) + "@cinema.booking>";
    }

    /**
     * One notice on one channel, the same on every attempt: the Message-ID for e-mail (as before channels), the
     * idempotency key for SMS, e.g. {@code booking-42.booking_confirmed.sms}.
     */
    public static String messageKey(long bookingId, Kind kind, Channel channel) {
        if (channel == Channel.EMAIL) {
            return messageId(bookingId, kind);
        }
        return "booking-" + bookingId + "." + kind.name().toLowerCase(Locale.ROOT) + "."
                + channel.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The SMS of a notice: one short paragraph with what the customer must know (film, cinema, local time, seats or
     * the refund); the e-mail has the rest. {@code facts.recipient()} is the phone number.
     */
    public static SmsMessage sms(Facts facts) {
        String when = SMS_WHEN.format(facts.startsAt().atZone(ZoneId.of(facts.timeZone())));
        String film = facts.movieTitle() + ", " + facts.cinemaName() + " " + facts.auditoriumName() + ", " + when;
        String total = money(facts.totalCents(), facts.currency());
        String text = switch (facts.kind()) {
            case BOOKING_CONFIRMED -> "Cinema: booking " + facts.bookingCode() + " confirmed. " + film + ". Seats "
                    + String.join(", ", facts.seats().stream().map(Seat::label).toList())
                    + ". Show the QR code from your e-mail at the door.";
            case BOOKING_CANCELLED -> "Cinema: booking " + facts.bookingCode() + " (" + film
                    + ") is cancelled. Refund " + total + " to the way you paid.";
            case SHOWTIME_CANCELLED -> "Cinema: sorry, the cinema cancelled " + film + " (booking "
                    + facts.bookingCode() + "). Refund " + total + " to the way you paid.";
            case WAITLIST_OFFER -> "Cinema: seats from the waitlist for you! " + film + ". Seats "
                    + String.join(", ", facts.seats().stream().map(Seat::label).toList()) + " held until "
                    + SMS_WHEN.format(facts.holdExpiresAt().atZone(ZoneId.of(facts.timeZone()))) + " (booking "
                    + facts.bookingCode() + "); pay " + total + " in My bookings before then.";
        };
        return new SmsMessage(messageKey(facts.bookingId(), facts.kind(), Channel.SMS), facts.recipient(), text);
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
