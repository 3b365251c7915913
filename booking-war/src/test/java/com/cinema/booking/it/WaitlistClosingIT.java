package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.BOOKING_FIELDS;
import static com.cinema.booking.it.BookingIt.cancelShowtimesNearNow;
import static com.cinema.booking.it.BookingIt.createShowtime;
import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static com.cinema.booking.it.WaitlistConcurrencyIT.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waitlist entries end with their showtime (docs/decisions/0012-waitlist.md): a cancellation closes the waiting and
 * the offered entries, and the hold sweeper closes entries still waiting when the showtime starts; each closed entry's
 * customer gets one WAITLIST_CLOSED e-mail from the outbox (received by GreenMail). On the booking service's own
 * server and database, so the SQL of both runs on H2 and MySQL/MariaDB.
 */
@MicroShedTest
class WaitlistClosingIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 15925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void cancellingAShowtimeClosesItsWaitingAndOfferedEntriesAndReleasesTheOffer() throws Exception {
        String showtimeId = scheduled("901", "821", freshDay(), 1000).getString("id");
        List<GraphQlHttp> holders = new ArrayList<>();
        List<String> holds = new ArrayList<>();
        for (char row : new char[] {'A', 'B'}) {
            for (int n = 1; n <= 5; n += 2) {
                List<Long> seats = n == 5 ? List.of(seatId(821, row, 5)) : List.of(seatId(821, row, n), seatId(821, row, n + 1));
                GraphQlHttp holder = user(newUserId());
                holders.add(holder);
                holds.add(held(holder, showtimeId, seats).getString("id"));
            }
        }
        String firstId = newUserId();
        String secondId = newUserId();
        GraphQlHttp first = user(firstId);
        GraphQlHttp second = user(secondId);
        GraphQlHttp leaver = user(newUserId());
        assertThat(GraphQlHttp.dataWithoutErrors(join(first, showtimeId, 2)).getJsonObject("joinWaitlist")
                .getString("status")).isEqualTo("WAITING");
        assertThat(GraphQlHttp.dataWithoutErrors(join(second, showtimeId, 2)).getJsonObject("joinWaitlist")
                .getString("status")).isEqualTo("WAITING");
        // An entry that ended before the cancellation is not told about it.
        GraphQlHttp.dataWithoutErrors(join(leaver, showtimeId, 1));
        GraphQlHttp.dataWithoutErrors(leaver.post("mutation($s: ID!) { leaveWaitlist(showtimeId: $s) { id } }",
                Map.of("s", showtimeId)));
        // A1 and A2 come free: they are offered to the first entry (a 20 s offer here), at once as a rule. Right after
        // a layout fetch failed (a timeout on a loaded machine, in any earlier IT) offers wait 10 s and the safety net
        // (every minute) makes this one: wait for it rather than fail on that rare path.
        GraphQlHttp.dataWithoutErrors(holders.get(0).post("mutation($b: ID!) { releaseHold(bookingId: $b) { id } }",
                Map.of("b", holds.get(0))));
        assertThat(eventually(Duration.ofSeconds(75), () -> "OFFERED".equals(entry(first).getString("status"))))
                .as("the freed seats are offered to the first entry").isTrue();
        JsonObject offer = entry(first);
        assertThat(offer.getString("status")).isEqualTo("OFFERED");
        String offeredBooking = offer.getString("bookingId");

        GraphQlHttp.dataWithoutErrors(ADMIN.post("mutation($id: ID!) { cancelShowtime(id: $id) { id status } }",
                Map.of("id", showtimeId)));

        assertThat(entry(first).getString("status")).as("the offered entry").isEqualTo("CLOSED");
        assertThat(entry(second).getString("status")).as("the waiting entry").isEqualTo("CLOSED");
        assertThat(GraphQlHttp.dataWithoutErrors(first.post("query($b: ID!) { booking(id: $b) { " + BOOKING_FIELDS + " } }",
                Map.of("b", offeredBooking))).getJsonObject("booking").getString("status")).isEqualTo("CANCELLED");
        // Closed entries are not active: joining the cancelled showtime again is refused for the showtime, not the entry.
        assertThat(GraphQlHttp.firstErrorMessage(join(second, showtimeId, 2))).contains("cancelled");

        // Each closed entry's customer is told once, by the cancellation's text; the entry that had left is not.
        for (Map.Entry<String, GraphQlHttp> closed : Map.of(firstId, first, secondId, second).entrySet()) {
            MimeMessage mail = closedNotice(entry(closed.getValue()).getString("id"));
            assertThat(mail.getAllRecipients()).extracting(Object::toString)
                    .containsExactly("u" + closed.getKey() + "@cinema.test");
            assertThat(mail.getSubject()).isEqualTo("Showing cancelled - your waitlist place for Stub Feature");
            assertThat(text(mail)).contains("has been cancelled by the cinema").contains("nothing was charged")
                    .contains("Seats wanted: 2");
            // and shown the way to the film's other showings
            assertThat(ReceivedMails.links(mail)).containsExactly(
                    Map.entry("Find another showing", "https://portal.example.test/#/movies/901"));
        }
        toldOnce(entry(first).getString("id"), entry(second).getString("id"));
        assertThat(mailsWithId(closedMessageId(entry(leaver).getString("id")))).as("the entry that had left").isEmpty();
    }

    @Test
    void anEntryStillWaitingWhenItsShowtimeStartsIsClosed() throws Exception {
        String showtimeId = null;
        GraphQlHttp waiter = null;
        // Hold one seat and join for all ten before the showtime starts; a slow machine gets a later start.
        for (int lead = 5; waiter == null; lead *= 2) {
            assertThat(lead).as("a showtime could be joined before it started").isLessThanOrEqualTo(40);
            showtimeId = showtimeStartingIn(Duration.ofSeconds(lead));
            held(user(newUserId()), showtimeId, List.of(seatId(831, 'A', 1)));
            GraphQlHttp customer = user(newUserId());
            JsonObject joined = join(customer, showtimeId, 10);
            if (!joined.containsKey("errors")) {
                assertThat(joined.getJsonObject("data").getJsonObject("joinWaitlist").getString("status")).isEqualTo("WAITING");
                waiter = customer;
            } else {
                assertThat(GraphQlHttp.firstErrorMessage(joined)).as(joined.toString()).contains("already started");
                cancel(showtimeId);
            }
        }
        GraphQlHttp customer = waiter;

        // The hold (5 s here) runs out at or after the start, so nothing is ever offered: the sweeper closes the entry.
        assertThat(eventually(Duration.ofSeconds(60), () -> "CLOSED".equals(entry(customer).getString("status"))))
                .as("the entry is closed once the showtime has started").isTrue();
        assertThat(entry(customer).isNull("bookingId")).as("no offer was made").isTrue();

        // The customer is told that no seats came free, once.
        String entryId = entry(customer).getString("id");
        MimeMessage mail = closedNotice(entryId);
        assertThat(mail.getSubject()).isEqualTo("No seats came free from the waitlist: Short One");
        assertThat(text(mail)).contains("has started and no seats came free for you").contains("Seats wanted: 10")
                .contains("Find another showing: https://portal.example.test/#/movies/903");
        toldOnce(entryId);
    }

    private static String closedMessageId(String entryId) {
        return "<waitlist-entry-" + entryId + ".waitlist_closed@cinema.booking>";
    }

    /** The received e-mails with this Message-ID. */
    private static List<MimeMessage> mailsWithId(String messageId) {
        return ReceivedMails.withId(MAIL, messageId);
    }

    /** The WAITLIST_CLOSED e-mail of the entry, once it has arrived. */
    private static MimeMessage closedNotice(String entryId) {
        String messageId = closedMessageId(entryId);
        assertThat(eventually(Duration.ofSeconds(20), () -> !mailsWithId(messageId).isEmpty()))
                .as("the WAITLIST_CLOSED e-mail of entry " + entryId).isTrue();
        return mailsWithId(messageId).get(0);
    }

    /** Once a second delivery would have happened (the sender runs every 0.5 s here): one e-mail per entry. */
    private static void toldOnce(String... entryIds) throws InterruptedException {
        Thread.sleep(1500);
        for (String entryId : entryIds) {
            assertThat(mailsWithId(closedMessageId(entryId))).as("e-mails of entry " + entryId).hasSize(1);
        }
    }

    private static String text(MimeMessage mail) {
        return ReceivedMails.text(mail);
    }

    /** A showtime in auditorium 831 starting after {@code lead}; showtimes of earlier runs near now are cancelled first. */
    private static String showtimeStartingIn(Duration lead) {
        cancelShowtimesNearNow("803", "831");
        JsonObject created = createShowtime("903", "831", Instant.now().plus(lead), 1000);
        return GraphQlHttp.dataWithoutErrors(created).getJsonObject("createShowtime").getString("id");
    }

    private static void cancel(String showtimeId) {
        GraphQlHttp.dataWithoutErrors(ADMIN.post("mutation($id: ID!) { cancelShowtime(id: $id) { id } }",
                Map.of("id", showtimeId)));
    }

    /** The customer's one waitlist entry. */
    private static JsonObject entry(GraphQlHttp customer) {
        List<JsonObject> mine = GraphQlHttp.dataWithoutErrors(customer.post("{ myWaitlist { id status bookingId } }"))
                .getJsonArray("myWaitlist").getValuesAs(JsonObject.class);
        assertThat(mine).hasSize(1);
        // 50 to a page: the second page is empty, and a negative page is the caller's error.
        assertThat(GraphQlHttp.dataWithoutErrors(customer.post("{ myWaitlist(page: 1) { id } }")).getJsonArray("myWaitlist"))
                .isEmpty();
        assertThat(GraphQlHttp.firstErrorField(customer.post("{ myWaitlist(page: -1) { id } }"))).isEqualTo("page");
        return mine.get(0);
    }
}
