package com.cinema.booking.it;

import com.cinema.booking.it.ContactErasureIT.Customer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.ContactErasureIT.confirmed;
import static com.cinema.booking.it.ContactErasureIT.customer;
import static com.cinema.booking.it.ContactErasureIT.hold;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking's showing in the customer's calendar (docs/decisions/0026-the-showing-in-the-customers-calendar.md), on
 * the service's own server with GreenMail as the mail server and the stub as the movie and cinema services: the
 * confirmation attaches the event, the booking page's download is the same event, and the cancellation attaches it
 * again marked cancelled, so a calendar that has it updates it.
 */
@MicroShedTest
class ShowingCalendarIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 15925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String CALENDAR = "query($b: ID!) { showingCalendar(bookingId: $b) { fileName content } }";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The e-mail of this kind about the booking, once GreenMail has it. */
    private static MimeMessage received(String bookingId, String kind) {
        String messageId = "<booking-" + bookingId + "." + kind + "@cinema.booking>";
        assertThat(eventually(Duration.ofSeconds(20), () -> ReceivedMails.withId(MAIL, messageId).size() == 1))
                .as("received " + messageId).isTrue();
        return ReceivedMails.withId(MAIL, messageId).get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    @Test
    void theShowingGoesInTheCalendarWithTheConfirmationAndIsMarkedCancelledWithTheCancellation() throws Exception {
        Customer ann = customer();
        JsonObject showtime = scheduled("901", "811", freshDay(), 1000);
        JsonObject booking = confirmed(ann, hold(ann, showtime.getString("id"), "811", 'C', 3));
        String id = booking.getString("id");
        String code = booking.getString("code");
        String starts = UTC.format(Instant.parse(showtime.getString("startsAt")));
        String ends = UTC.format(Instant.parse(showtime.getString("endsAt")));

        MimeMessage confirmation = received(id, "booking_confirmed");
        ReceivedMails.AttachedCalendar added = ReceivedMails.calendar(confirmation);
        assertThat(added.fileName()).isEqualTo("showing-" + code + ".ics");
        assertThat(added.value(Property.UID)).isEqualTo("booking-" + id + "@cinema.booking");
        assertThat(added.event().getProperty(Property.DTSTART).orElseThrow().toString()).isEqualTo("DTSTART:" + starts
                + "\r\n");
        assertThat(added.event().getProperty(Property.DTEND).orElseThrow().toString()).isEqualTo("DTEND:" + ends
                + "\r\n");
        assertThat(added.value(Property.SUMMARY)).isEqualTo("Stub Feature at Stub 801");
        assertThat(added.value(Property.LOCATION)).isEqualTo("Stub 801, 801 Stub Street, Stubton");
        assertThat(added.value(Property.GEO)).isEqualTo("51.5;-0.125");
        assertThat(added.value(Property.DESCRIPTION)).startsWith("Screen 811. Seats C3. Booking " + code);
        assertThat(added.value(Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(added.value(Property.SEQUENCE)).isEqualTo("0");
        assertThat(ReceivedMails.text(confirmation).replace("\r\n", "\n"))
                .contains("open the attached showing-" + code + ".ics")
                .contains("Cinema:  Stub 801, Screen 811\nAddress: 801 Stub Street, Stubton\n");
        assertThat(ReceivedMails.ticket(confirmation).fileName()).as("the ticket is still attached too")
                .isEqualTo("ticket-" + code + ".png");
        // It links to the booking's page in the portal (cinema.portal.url), in its text and as a button.
        assertThat(ReceivedMails.text(confirmation).replace("\r\n", "\n"))
                .endsWith("\nView your booking: https://portal.example.test/#/bookings/" + id + "\n");
        assertThat(ReceivedMails.links(confirmation)).containsEntry("View your booking",
                "https://portal.example.test/#/bookings/" + id);
        // Its HTML links the same event to Google Calendar (which on a phone does not open .ics files).
        Map<String, String> google = ReceivedMails.googleCalendarLink(confirmation);
        assertThat(google).containsEntry("action", "TEMPLATE")
                .containsEntry("text", added.value(Property.SUMMARY))
                .containsEntry("dates", starts + "/" + ends)
                .containsEntry("location", added.value(Property.LOCATION))
                .containsEntry("details", added.value(Property.DESCRIPTION));

        // The booking page's "Add to calendar": the same event, for its owner only.
        JsonObject download = dataWithoutErrors(ann.http().post(CALENDAR, Map.of("b", id)))
                .getJsonObject("showingCalendar");
        assertThat(download.getString("fileName")).isEqualTo("showing-" + code + ".ics");
        VEvent downloaded = (VEvent) new CalendarBuilder().build(new StringReader(download.getString("content")))
                .getComponents().get(0);
        for (String property : new String[] {Property.UID, Property.DTSTART, Property.DTEND, Property.SUMMARY,
                Property.LOCATION, Property.DESCRIPTION, Property.STATUS, Property.SEQUENCE}) {
            assertThat(value(downloaded, property)).as(property).isEqualTo(added.value(property));
        }
        JsonObject others = customer().http().post(CALENDAR, Map.of("b", id));
        assertThat(firstErrorCode(others)).as(others.toString()).isEqualTo("NOT_FOUND");

        dataWithoutErrors(ann.http().post("mutation($b: ID!) { cancelBooking(bookingId: $b) { id } }",
                Map.of("b", id)));
        ReceivedMails.AttachedCalendar cancelled = ReceivedMails.calendar(received(id, "booking_cancelled"));
        assertThat(cancelled.value(Property.UID)).as("the same event").isEqualTo(added.value(Property.UID));
        assertThat(cancelled.value(Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(cancelled.value(Property.SEQUENCE)).as("later than the first").isEqualTo("1");
        assertThat(cancelled.value(Property.SUMMARY)).isEqualTo("Cancelled: Stub Feature at Stub 801");

        JsonObject afterCancelling = ann.http().post(CALENDAR, Map.of("b", id));
        assertThat(firstErrorCode(afterCancelling)).as(afterCancelling.toString()).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(afterCancelling)).contains("CANCELLED");
    }

    @Test
    void aHeldBookingHasNoShowingToAddYet() {
        Customer ann = customer();
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        String held = hold(ann, showtime, "811", 'C', 4);

        JsonObject answer = ann.http().post(CALENDAR, Map.of("b", held));
        assertThat(firstErrorCode(answer)).as(answer.toString()).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(answer)).contains("HELD").contains("only a confirmed booking's showing");
    }
}
