package com.cinema.booking.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.validate.ValidationResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A booking's showing as an iCalendar event (RFC 5545, written by ical4j), the file a customer adds to their
 * calendar: attached to the e-mails that carry the tickets and to those that cancel them, and downloaded from the
 * booking page (docs/decisions/0026-the-showing-in-the-customers-calendar.md).
 *
 * <p>One event per booking, always with the same UID, so a calendar that has it updates it rather than adding a
 * second: a cancellation is the same event with {@code STATUS:CANCELLED} and a higher {@code SEQUENCE}. Times are in
 * UTC; every calendar shows them in its own zone.
 */
public final class ShowingCalendar {

    /** What goes in the file's Content-Type: a calendar published to the customer, not an invitation to answer. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private static final String PRODUCT = "-//Cinema//Booking service//EN";

    /** The event's SEQUENCE: a cancellation supersedes the event as first sent. */
    private static final int FIRST = 0;
    private static final int CANCELLATION = 1;

    /**
     * The facts of one booking's event; {@code cancelled} marks the booking cancelled or refunded (or its showing
     * cancelled by the cinema).
     */
    public record Event(long bookingId, String bookingCode, NoticeText.Showing showing, Instant endsAt,
                        List<NoticeText.Seat> seats, boolean cancelled) {
    }

    /**
     * Who publishes the event: the cinema, as the e-mails' sender ({@code cinema.mail.from}, e.g.
     * {@code Cinema <tickets@cinema.local>}). A published event names its organizer (RFC 5546), and a calendar
     * shows it as whom the event is from.
     */
    public record Organizer(String name, String email) {

        /** From an RFC 5322 address such as {@code Cinema <tickets@cinema.local>} or a bare address. */
        public static Organizer of(String address) {
            try {
                InternetAddress parsed = new InternetAddress(address, true);
                return new Organizer(parsed.getPersonal() == null ? "Cinema" : parsed.getPersonal(),
                        parsed.getAddress());
            } catch (AddressException e) {
                throw new IllegalArgumentException("cinema.mail.from is not an e-mail address: " + address, e);
            }
        }
    }

    /** The file: its name (e.g. {@code showing-K7Q2XP.ics}) and its text, lines ending CRLF as the RFC asks. */
    public record File(String fileName, String content) {

        public byte[] bytes() {
            return content.getBytes(StandardCharsets.UTF_8);
        }
    }

    private ShowingCalendar() {
    }

    /** The file name of a booking's calendar event, e.g. {@code showing-K7Q2XP.ics}. */
    public static String fileName(String bookingCode) {
        return "showing-" + bookingCode + ".ics";
    }

    /** The event's UID, the same in every file about the booking: {@code booking-42@cinema.booking}. */
    static String uid(long bookingId) {
        return NoticeSubject.booking(bookingId).key() + "@cinema.booking";
    }

    /**
     * A link that opens a new event with the same title, times, place and description in a web calendar, for
     * calendars that do not open .ics files (Google Calendar on Android); {@code template} is the calendar's
     * event-template address ({@code cinema.notifications.google-calendar-link}), which takes
     * {@code text}, {@code dates} (UTC, start/end), {@code location} and {@code details}. None for a cancelled event:
     * a link can add an event, not cancel one.
     */
    public static Optional<String> addLink(Event event, URI template) {
        if (event.cancelled()) {
            return Optional.empty();
        }
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("action", "TEMPLATE");
        query.put("text", summary(event));
        query.put("dates", utc.format(event.showing().startsAt()) + "/" + utc.format(event.endsAt()));
        query.put("location", location(event.showing()));
        query.put("details", description(event));
        return Optional.of(template + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** The event as a file from {@code organizer}, stamped (DTSTAMP) {@code now}. */
    public static File of(Event event, Organizer organizer, Instant now) {
        NoticeText.Showing showing = event.showing();
        VEvent vevent = new VEvent(showing.startsAt(), event.endsAt(), summary(event));
        vevent.replace(new DtStamp(now));
        vevent.add(new Uid(uid(event.bookingId())));
        vevent.add(new net.fortuna.ical4j.model.property.Organizer(URI.create("mailto:" + organizer.email()))
                .add(new Cn(organizer.name())));
        Venues.Place place = showing.place();
        vevent.add(new Location(location(showing)));
        if (place != null) {
            vevent.add(new Geo(BigDecimal.valueOf(place.latitude()), BigDecimal.valueOf(place.longitude())));
        }
        vevent.add(new Description(description(event)));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Sequence(event.cancelled() ? CANCELLATION : FIRST));
        vevent.add(event.cancelled() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH)
                .withComponent(vevent).getFluentTarget();
        // A property missing or not allowed (RFC 5545, and RFC 5546 for a published event) fails here, loudly,
        // rather than quietly in a customer's calendar.
        ValidationResult validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("The calendar event of booking " + event.bookingId() + " is not valid: "
                    + validation);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(fileName(event.bookingCode()), text.toString());
    }

    /** "Film at Cinema", or "Film (Subtitled) at Cinema" for a kind of screening, marked when cancelled. */
    private static String summary(Event event) {
        String summary = event.showing().titleAndKinds() + " at " + event.showing().cinemaName();
        return event.cancelled() ? "Cancelled: " + summary : summary;
    }

    /** The cinema, and its street address when the cinema service has it. */
    private static String location(NoticeText.Showing showing) {
        Venues.Place place = showing.place();
        return place == null ? showing.cinemaName() : showing.cinemaName() + ", " + place.address();
    }

    /** The screen, the seats and the booking code; for a cancelled booking, that it is cancelled. */
    private static String description(Event event) {
        String seats = event.seats().stream().map(NoticeText.Seat::name).collect(Collectors.joining(", "));
        String screen = event.showing().auditoriumName() + ". Seats " + seats + ". Booking " + event.bookingCode();
        if (event.cancelled()) {
            return "Cancelled: booking " + event.bookingCode() + " (" + event.showing().auditoriumName() + ", seats "
                    + seats + ") no longer admits anyone.";
        }
        return screen + ": show its QR code at the door (attached to your confirmation e-mail and under My bookings).";
    }
}
