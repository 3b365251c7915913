package com.cinema.booking.it;

import com.cinema.booking.ticket.TicketPass;
import com.cinema.booking.ticket.TicketSigner;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.GRAPHQL;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ticket passes and check-in on the test server, which signs with the key the build gives it (the same one this
 * class signs test payloads with). What needs a CONFIRMED booking (a pass that checks in once) waits for checkout.
 */
@MicroShedTest
class TicketIT {

    private static final TicketSigner SIGNER = new TicketSigner(System.getProperty("it.tickets.signing-key"));
    private static final String PASS = "query($b: ID!) { ticketPass(bookingId: $b) }";
    private static final String CHECK_IN = "mutation($p: String!) { checkInTicket(payload: $p) { id seatLabel "
            + "checkedInAt } }";

    @Test
    void aHeldBookingHasNoPassAndOtherCustomersCannotSeeOne() {
        String owner = newUserId();
        JsonObject booking = heldBooking(owner);
        String id = booking.getString("id");

        JsonObject mine = user(owner).post(PASS, Map.of("b", id));
        assertThat(GraphQlHttp.firstErrorCode(mine)).as(mine.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(mine)).contains("HELD");

        JsonObject theirs = user(newUserId()).post(PASS, Map.of("b", id));
        assertThat(GraphQlHttp.firstErrorCode(theirs)).as(theirs.toString()).isEqualTo("NOT_FOUND");

        JsonObject anonymous = GRAPHQL.post(PASS, Map.of("b", id));
        assertThat(GraphQlHttp.firstErrorCode(anonymous)).as(anonymous.toString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void onlyStaffCheckTicketsIn() {
        JsonObject response = user(newUserId()).post(CHECK_IN, Map.of("p", "CT1.x.y"));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void forgedAlteredAndForeignPayloadsAreRefusedNamingThePayload() {
        JsonObject booking = heldBooking(newUserId());
        TicketPass pass = passOf(booking);
        String genuine = SIGNER.sign(pass);
        String altered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
        String foreign = new TicketSigner("a-forgers-key-that-is-long-enough-0123").sign(pass);

        for (String payload : List.of(altered, foreign, "CT1.", "not a ticket", genuine.replace("CT1.", "CT9."))) {
            JsonObject response = ADMIN.post(CHECK_IN, Map.of("p", payload));
            assertThat(GraphQlHttp.firstErrorCode(response)).as(payload + " " + response).isEqualTo("VALIDATION");
            assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("payload");
            assertThat(response.toString()).doesNotContain("at com.cinema");
        }
    }

    @Test
    void aGenuineSignatureOverAnUnknownBookingIsRefused() {
        JsonObject response = ADMIN.post(CHECK_IN, Map.of("p", SIGNER.sign(new TicketPass("NOSUCH99", List.of(1L)))));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("payload");
    }

    @Test
    void anUnpaidBookingsTicketsDoNotAdmitAnyone() {
        JsonObject booking = heldBooking(newUserId());
        JsonObject response = ADMIN.post(CHECK_IN, Map.of("p", SIGNER.sign(passOf(booking))));

        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(response)).contains("HELD");
        // Nothing was marked: the booking's tickets still show no check-in.
        JsonObject read = ADMIN.post("query($id: ID!) { booking(id: $id) { tickets { id checkedInAt } } }",
                Map.of("id", booking.getString("id")));
        assertThat(GraphQlHttp.dataWithoutErrors(read).getJsonObject("booking").getJsonArray("tickets")
                .getValuesAs(JsonObject.class)).hasSize(2).allSatisfy(t -> assertThat(t.isNull("checkedInAt")).isTrue());
    }

    @Test
    void theDoorAnswersTheAdmittedTicketWithItsTicketTypeForStaffToCheckTheConcession() {
        BookingIt.NearShowtime showtime = BookingIt.showtimeStartingIn("901", Duration.ofMinutes(20), 1000);
        ContactErasureIT.Customer senior = ContactErasureIT.customer();
        long room = Long.parseLong(showtime.auditoriumId());
        String bookingId = held(senior.http(), showtime.id(), List.of(seatId(room, 'A', 1), seatId(room, 'A', 2)))
                .getString("id");
        GraphQlHttp.dataWithoutErrors(senior.http().post("mutation($b: ID!, $t: [TicketTypeChoice!]!) { "
                + "chooseTicketTypes(bookingId: $b, tickets: $t) { id } }", Map.of("b", bookingId, "t",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("seatId", String.valueOf(seatId(room, 'A', 1)))
                        .add("type", "SENIOR")).build())));
        JsonObject booking = ContactErasureIT.confirmed(senior, bookingId);

        JsonObject admitted = GraphQlHttp.dataWithoutErrors(ADMIN.post("mutation($p: String!) { checkInTicket(payload: $p) "
                + "{ seatLabel ticketType priceCents fullPriceCents checkedInAt } }", Map.of("p", SIGNER.sign(passOf(booking)))))
                .getJsonObject("checkInTicket");
        assertThat(admitted.getString("seatLabel")).isEqualTo("A1");
        assertThat(admitted.getString("ticketType")).isEqualTo("SENIOR");
        assertThat(admitted.getInt("fullPriceCents")).isEqualTo(1000);
        assertThat(admitted.getInt("priceCents")).isEqualTo(750);
        assertThat(admitted.isNull("checkedInAt")).isFalse();
    }

    private static JsonObject heldBooking(String userId) {
        String showtime = scheduled("903", "812", freshDay(), 800).getString("id");
        return held(user(userId), showtime, List.of(seatId(812, 'A', 1), seatId(812, 'A', 2)));
    }

    private static TicketPass passOf(JsonObject booking) {
        return new TicketPass(booking.getString("code"), booking.getJsonArray("tickets").getValuesAs(JsonObject.class)
                .stream().map(t -> Long.parseLong(t.getString("id"))).toList());
    }
}
