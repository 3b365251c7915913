package com.cinema.booking.it;

import com.cinema.booking.it.ContactErasureIT.Customer;
import com.cinema.testing.GraphQlHttp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.ContactErasureIT.confirmed;
import static com.cinema.booking.it.ContactErasureIT.customer;
import static com.cinema.booking.it.ContactErasureIT.hold;
import static com.cinema.booking.it.StubCheckoutServices.PLAYED;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorField;
import static com.cinema.testing.GraphQlHttp.firstErrorMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confirmed booking's tickets e-mailed again (docs/decisions/0023-tickets-by-e-mail.md), on the service's own server
 * with the ITs' limits (pom.xml: 3 s between e-mails with the tickets, 2 copies at a customer's request), GreenMail as
 * the mail server and the stub as the user service: the copy goes to the customer's address now, carries the QR code
 * the door scans, is numbered, and every limit and refusal leaves the outbox as it was, also under concurrent requests.
 */
@MicroShedTest
class TicketsSentAgainIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 15925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String SEND = "mutation($b: ID!) { sendTicketsAgain(bookingId: $b) { bookingId recipient "
            + "queuedAt sendsLeft } }";
    private static final String PASS = "query($b: ID!) { ticketPass(bookingId: $b) }";
    /** Beyond the ITs' 3 s interval, with room for a loaded machine. */
    private static final Duration PAST_THE_INTERVAL = Duration.ofSeconds(20);

    private static JsonObject send(GraphQlHttp as, String bookingId) {
        return as.post(SEND, Map.of("b", bookingId));
    }

    /** The first answer without errors once the interval since the last e-mail has passed. */
    private static JsonObject sentOnceAllowed(GraphQlHttp as, String bookingId) {
        AtomicReference<JsonObject> answer = new AtomicReference<>();
        assertThat(eventually(PAST_THE_INTERVAL, () -> {
            JsonObject response = send(as, bookingId);
            if (response.containsKey("errors")) {
                assertThat(firstErrorCode(response)).as(response.toString()).isEqualTo("RATE_LIMITED");
                return false;
            }
            answer.set(response);
            return true;
        })).as("sent once the interval passed").isTrue();
        return dataWithoutErrors(answer.get()).getJsonObject("sendTicketsAgain");
    }

    /** The booking's outbox rows of the kind, by copy number: the recipient of each. */
    private static List<Map<String, Object>> copies(String bookingId) {
        try (BookingDatabase db = BookingDatabase.now()) {
            return db.rows("SELECT repeat_no, channel, recipient FROM notification_outbox WHERE booking_id = ? AND kind = ?"
                    + " ORDER BY repeat_no", Long.parseLong(bookingId), "TICKETS_SENT_AGAIN");
        }
    }

    /** The e-mail with this Message-ID, once GreenMail has it. */
    private static MimeMessage received(String messageId) {
        assertThat(eventually(Duration.ofSeconds(20), () -> ReceivedMails.withId(MAIL, messageId).size() == 1))
                .as("received " + messageId).isTrue();
        return ReceivedMails.withId(MAIL, messageId).get(0);
    }

    @Test
    void aCustomerGetsTheirTicketsAgainWithTheQrCodeAtTheirAddressNowWithinTheLimitsAndStaffBeyondThem()
            throws Exception {
        Customer ann = customer();
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        JsonObject booking = confirmed(ann, hold(ann, showtime, "811", 'D', 4));
        String id = booking.getString("id");
        String code = booking.getString("code");
        String pass = dataWithoutErrors(ann.http().post(PASS, Map.of("b", id))).getString("ticketPass");

        // The confirmation itself now carries the ticket: the same pass the portal shows and the door scans.
        MimeMessage confirmation = received("<booking-" + id + ".booking_confirmed@cinema.booking>");
        assertThat(ReceivedMails.ticket(confirmation).fileName()).isEqualTo("ticket-" + code + ".png");
        assertThat(ReceivedMails.ticket(confirmation).pass()).isEqualTo(pass);
        assertThat(ReceivedMails.text(confirmation))
                .contains("Your ticket is the QR code attached to this e-mail (ticket-" + code);

        // Right after the confirmation: too soon, and nothing queued.
        JsonObject tooSoon = send(ann.http(), id);
        assertThat(firstErrorCode(tooSoon)).as(tooSoon.toString()).isEqualTo("RATE_LIMITED");
        assertThat(firstErrorMessage(tooSoon)).contains("The tickets of booking " + code + " were sent at")
                .contains("ask again from");
        assertThat(copies(id)).isEmpty();

        // She corrected her account's address since booking: the copy goes to the new one.
        String newAddress = "ann." + ann.id() + "@example.org";
        PLAYED.changedEmail.put(ann.id(), newAddress);
        Instant asked = Instant.now().minusSeconds(1);
        JsonObject first = sentOnceAllowed(ann.http(), id);
        assertThat(first.getString("bookingId")).isEqualTo(id);
        assertThat(first.getString("recipient")).isEqualTo(newAddress);
        assertThat(first.getInt("sendsLeft")).as("2 copies at a customer's request here").isEqualTo(1);
        assertThat(OffsetDateTime.parse(first.getString("queuedAt")).toInstant()).isBetween(asked, Instant.now());

        MimeMessage copy = received("<booking-" + id + ".tickets_sent_again.1@cinema.booking>");
        assertThat(copy.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(newAddress);
        assertThat(copy.getSubject()).endsWith("booking " + code);
        assertThat(ReceivedMails.text(copy))
                .startsWith("As you asked, here are the tickets of your booking " + code + " again.");
        assertThat(ReceivedMails.ticket(copy).pass()).isEqualTo(pass);
        assertThat(ReceivedMails.calendar(copy).value("UID")).as("the showing, as the confirmation had it")
                .isEqualTo(ReceivedMails.calendar(confirmation).value("UID"));

        // The second copy is the last she may ask for; staff, who spoke to her, may send more.
        assertThat(sentOnceAllowed(ann.http(), id).getInt("sendsLeft")).isZero();
        assertThat(eventually(PAST_THE_INTERVAL, () -> firstErrorMessage(send(ann.http(), id)).contains("the most we send")))
                .as("past her limit: RATE_LIMITED for the limit, not the interval").isTrue();
        JsonObject byStaff = sentOnceAllowed(ADMIN, id);
        assertThat(byStaff.getString("recipient")).isEqualTo(newAddress);
        received("<booking-" + id + ".tickets_sent_again.3@cinema.booking>");

        assertThat(copies(id)).extracting(r -> ((Number) r.get("repeat_no")).intValue(), r -> r.get("channel"),
                r -> r.get("recipient")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "EMAIL", newAddress),
                org.assertj.core.groups.Tuple.tuple(2, "EMAIL", newAddress),
                org.assertj.core.groups.Tuple.tuple(3, "EMAIL", newAddress));
        List<JsonObject> notices = dataWithoutErrors(ann.http().post("query($b: ID) { myNotices(bookingId: $b) { kind "
                + "channel recipient } }", Map.of("b", id))).getJsonArray("myNotices").getValuesAs(JsonObject.class);
        assertThat(notices).filteredOn(n -> n.getString("kind").equals("TICKETS_SENT_AGAIN"))
                .hasSize(3).allSatisfy(n -> assertThat(n.getString("recipient")).isEqualTo(newAddress));
        // Staff helping her see the same messages of her booking; a customer may not ask for a booking's messages.
        String staffQuery = "query($b: ID!) { bookingNotices(bookingId: $b) { kind channel recipient } }";
        List<JsonObject> seenByStaff = dataWithoutErrors(ADMIN.post(staffQuery, Map.of("b", id)))
                .getJsonArray("bookingNotices").getValuesAs(JsonObject.class);
        assertThat(seenByStaff).extracting(n -> n.getString("kind") + "/" + n.getString("channel"))
                .containsExactlyInAnyOrderElementsOf(notices.stream()
                        .map(n -> n.getString("kind") + "/" + n.getString("channel")).toList());
        assertThat(firstErrorCode(ann.http().post(staffQuery, Map.of("b", id)))).isEqualTo("FORBIDDEN");
    }

    @Test
    void refusalsNameTheReasonAndQueueNothing() {
        Customer ann = customer();
        Customer bob = customer();
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        String confirmed = confirmed(ann, hold(ann, showtime, "811", 'E', 1)).getString("id");
        String held = hold(ann, showtime, "811", 'E', 2);

        JsonObject others = send(bob.http(), confirmed);
        assertThat(firstErrorCode(others)).as("another customer's booking").isEqualTo("NOT_FOUND");
        JsonObject notPaid = send(ann.http(), held);
        assertThat(firstErrorCode(notPaid)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(notPaid)).contains("HELD").contains("only a confirmed booking has tickets");
        JsonObject badId = send(ann.http(), "twelve");
        assertThat(firstErrorCode(badId)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(badId)).isEqualTo("bookingId");

        PLAYED.closedAccounts.add(ann.id());
        try {
            // Asked of the user service before any limit: a closed account has no address, whenever it is asked.
            JsonObject closed = send(ADMIN, confirmed);
            assertThat(firstErrorCode(closed)).isEqualTo("CONFLICT");
            assertThat(firstErrorMessage(closed)).contains("is closed");
        } finally {
            PLAYED.closedAccounts.remove(ann.id());
        }
        dataWithoutErrors(ann.http().post("mutation($b: ID!) { cancelBooking(bookingId: $b) { id } }",
                Map.of("b", confirmed)));
        JsonObject cancelled = send(ann.http(), confirmed);
        assertThat(firstErrorCode(cancelled)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(cancelled)).contains("CANCELLED");

        assertThat(copies(confirmed)).isEmpty();
        assertThat(copies(held)).isEmpty();
    }

    @Test
    void concurrentRequestsForOneBookingQueueOneCopy() throws Exception {
        Customer ann = customer();
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        String id = confirmed(ann, hold(ann, showtime, "811", 'F', 3)).getString("id");
        // Past the interval since the confirmation (a refused request changes nothing, so asking is harmless).
        Thread.sleep(3_500);

        int requests = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<JsonObject>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                Callable<JsonObject> request = () -> {
                    go.await();
                    return send(ann.http(), id);
                };
                answers.add(pool.submit(request));
            }
            go.countDown();
            int sent = 0;
            for (Future<JsonObject> answer : answers) {
                JsonObject response = answer.get();
                if (response.containsKey("errors")) {
                    // The interval since the one that won, or (rarely) lock contention that outlasted the retries.
                    assertThat(firstErrorCode(response)).as(response.toString()).isIn("RATE_LIMITED", "CONFLICT");
                } else {
                    sent++;
                }
            }
            assertThat(sent).as("exactly one copy for eight requests at once").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(copies(id)).hasSize(1);
    }
}
