package com.cinema.booking.notification;

import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.TicketType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar file as a calendar reads it: parsed back with ical4j's own reader. */
class ShowingCalendarTest {

    private static final Instant STARTS = Instant.parse("2026-12-01T19:30:00Z");
    private static final Instant ENDS = Instant.parse("2026-12-01T21:45:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T08:15:00Z");
    private static final ShowingCalendar.Organizer CINEMA = ShowingCalendar.Organizer.of("Lumen Cinemas <tickets@lumen.test>");
    private static final Venues.Place LEICESTER_SQUARE = new Venues.Place("24-26 Leicester Square, London", 51.5103,
            -0.1301);

    private static ShowingCalendar.Event event(String title, Venues.Place place, boolean cancelled) {
        return new ShowingCalendar.Event(42, "K7Q2XP",
                new NoticeText.Showing(title, "Lumen, Leicester Square", "Screen 3", STARTS, "Europe/London", place),
                ENDS, List.of(new NoticeText.Seat("F7", "VIP", 1450, TicketType.ADULT),
                        new NoticeText.Seat("F8", "VIP", 1100, TicketType.CHILD)), cancelled);
    }

    private static VEvent parsed(ShowingCalendar.File file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(file.content()));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getComponents()).hasSize(1);
        return (VEvent) calendar.getComponents().get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    @Test
    void theGoogleCalendarLinkAddsTheEventTheFileHolds() throws Exception {
        ShowingCalendar.Event showing = event("Tom & Jerry: 100% \"Live\"", LEICESTER_SQUARE, false);
        VEvent file = parsed(ShowingCalendar.of(showing, CINEMA, NOW));

        Map<String, String> query = GoogleCalendarLinks.query(ShowingCalendar.addLink(showing,
                URI.create(GoogleCalendarLinks.TEMPLATE)).orElseThrow());
        assertThat(query).containsOnlyKeys("action", "text", "dates", "location", "details")
                .containsEntry("action", "TEMPLATE")
                .containsEntry("text", value(file, Property.SUMMARY))
                .containsEntry("dates", value(file, Property.DTSTART) + "/" + value(file, Property.DTEND))
                .containsEntry("location", value(file, Property.LOCATION))
                .containsEntry("details", value(file, Property.DESCRIPTION));
        assertThat(query.get("dates")).isEqualTo("20261201T193000Z/20261201T214500Z");
        assertThat(query.get("text")).isEqualTo("Tom & Jerry: 100% \"Live\" at Lumen, Leicester Square");

        assertThat(ShowingCalendar.addLink(event("Stub Feature", LEICESTER_SQUARE, true),
                URI.create(GoogleCalendarLinks.TEMPLATE))).as("a link cannot cancel an event").isEmpty();
    }

    @Test
    void theShowingIsOneEventInUtcAtTheCinemaWithItsSeatsAndBookingCode() throws Exception {
        ShowingCalendar.File file = ShowingCalendar.of(event("Stub Feature", LEICESTER_SQUARE, false), CINEMA, NOW);

        assertThat(file.fileName()).isEqualTo("showing-K7Q2XP.ics");
        assertThat(file.content()).contains("DTSTART:20261201T193000Z\r\n", "DTEND:20261201T214500Z\r\n",
                "DTSTAMP:20261120T081500Z\r\n");
        VEvent event = parsed(file);
        assertThat(value(event, Property.UID)).isEqualTo("booking-42@cinema.booking");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Stub Feature at Lumen, Leicester Square");
        assertThat(value(event, Property.LOCATION))
                .isEqualTo("Lumen, Leicester Square, 24-26 Leicester Square, London");
        assertThat(value(event, Property.GEO)).isEqualTo("51.5103;-0.1301");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Screen 3. Seats F7, F8 (Child). Booking K7Q2XP: "
                + "show its QR code at the door (attached to your confirmation e-mail and under My bookings).");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.TRANSP)).isEqualTo("OPAQUE");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:tickets@lumen.test");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Lumen Cinemas");
    }

    @Test
    void aScreeningOfAKindSaysSoInTheEventsTitleAndAnOrdinaryOneDoesNot() throws Exception {
        ShowingCalendar.Event ordinary = event("Stub Feature", LEICESTER_SQUARE, false);
        ShowingCalendar.Event subtitled = new ShowingCalendar.Event(42, "K7Q2XP",
                new NoticeText.Showing("Stub Feature", "Lumen, Leicester Square", "Screen 3", STARTS,
                        "Europe/London", LEICESTER_SQUARE,
                        Set.of(ScreeningFeature.AUDIO_DESCRIBED, ScreeningFeature.SUBTITLED)),
                ENDS, ordinary.seats(), false);

        assertThat(value(parsed(ShowingCalendar.of(subtitled, CINEMA, NOW)), Property.SUMMARY))
                .isEqualTo("Stub Feature (Subtitled, Audio described) at Lumen, Leicester Square");
        assertThat(GoogleCalendarLinks.query(ShowingCalendar.addLink(subtitled,
                URI.create(GoogleCalendarLinks.TEMPLATE)).orElseThrow()).get("text"))
                .isEqualTo("Stub Feature (Subtitled, Audio described) at Lumen, Leicester Square");
        assertThat(value(parsed(ShowingCalendar.of(ordinary, CINEMA, NOW)), Property.SUMMARY))
                .isEqualTo("Stub Feature at Lumen, Leicester Square");
    }

    @Test
    void theOrganizerIsTheMailSenderNamedOrNot() {
        assertThat(ShowingCalendar.Organizer.of("tickets@cinema.local"))
                .isEqualTo(new ShowingCalendar.Organizer("Cinema", "tickets@cinema.local"));
        assertThat(ShowingCalendar.Organizer.of("\"Lumen, Leicester Sq\" <box@lumen.test>"))
                .isEqualTo(new ShowingCalendar.Organizer("Lumen, Leicester Sq", "box@lumen.test"));
    }

    @Test
    void aCancellationIsTheSameEventMarkedCancelledWithAHigherSequence() throws Exception {
        VEvent first = parsed(ShowingCalendar.of(event("Stub Feature", LEICESTER_SQUARE, false), CINEMA, NOW));
        VEvent cancelled = parsed(ShowingCalendar.of(event("Stub Feature", LEICESTER_SQUARE, true), CINEMA, NOW));

        assertThat(value(cancelled, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SUMMARY)).isEqualTo("Cancelled: Stub Feature at Lumen, Leicester Square");
        assertThat(value(cancelled, Property.DESCRIPTION)).startsWith("Cancelled: booking K7Q2XP");
        assertThat(value(cancelled, Property.TRANSP)).isEqualTo("TRANSPARENT");
    }

    @Test
    void aCinemaNoLongerKnownIsNamedWithoutAnAddressOrMapPin() throws Exception {
        VEvent event = parsed(ShowingCalendar.of(event("Stub Feature", null, false), CINEMA, NOW));

        assertThat(value(event, Property.LOCATION)).isEqualTo("Lumen, Leicester Square");
        assertThat(event.getProperty(Property.GEO)).isEmpty();
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedSoThatItReadsBackWordForWord() throws Exception {
        String title = "Amélie; or, the fabulous destiny\\of a title long enough to fold — twice, perhaps thrice over";
        ShowingCalendar.File file = ShowingCalendar.of(event(title, LEICESTER_SQUARE, false), CINEMA, NOW);

        assertThat(file.content()).contains("SUMMARY:Amélie\\; or\\, the fabulous destiny\\\\of");
        assertThat(file.content()).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        for (String line : file.content().split("\r\n")) {
            // ical4j folds at 75 characters (the RFC's octets, for ASCII; a client unfolds either)
            assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(value(parsed(file), Property.SUMMARY)).isEqualTo(title + " at Lumen, Leicester Square");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo(file.content());
    }
}
