package com.cinema.booking.it;

import com.cinema.booking.it.ContactErasureIT.Customer;
import com.cinema.testing.GraphQlHttp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.ContactErasureIT.confirmed;
import static com.cinema.booking.it.ContactErasureIT.customer;
import static com.cinema.booking.it.ContactErasureIT.hold;
import static com.cinema.booking.it.StubUpstream.seatId;
import static com.cinema.booking.it.WaitlistConcurrencyIT.join;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A customer's own notices ({@code myNotices}, their right of access): every outbox row about their bookings and
 * waitlist places, on both channels, newest first, as the database holds them (read with SQL, {@link BookingDatabase})
 * but without how an SMS row names the customer; never another customer's. E-mails reach GreenMail here, so they
 * become SENT; the stub's user service gives no customer a phone, so an SMS is SKIPPED (not opted in). On the
 * service's own server and database, so the query runs on H2 and on MySQL/MariaDB.
 */
@MicroShedTest
class MyNoticesIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 15925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String MY_NOTICES = "{ myNotices { id kind channel recipient status bookingId waitlistEntryId "
            + "createdAt sentAt } }";

    /** The order myNotices promises: queued last first, then the higher id. */
    private static final Comparator<JsonObject> NEWEST_FIRST = Comparator
            .comparing((JsonObject n) -> OffsetDateTime.parse(n.getString("createdAt")).toInstant()).reversed()
            .thenComparing(n -> Long.parseLong(n.getString("id")), Comparator.reverseOrder());

    private static List<JsonObject> notices(Customer who) {
        return dataWithoutErrors(who.http().post(MY_NOTICES)).getJsonArray("myNotices").getValuesAs(JsonObject.class);
    }

    private static String text(JsonObject notice, String field) {
        return notice.isNull(field) ? null : notice.getString(field);
    }

    /** The outbox rows about the customer's bookings and waitlist entries, by id. */
    private static Map<String, Map<String, Object>> outboxRows(Customer who) {
        long user = Long.parseLong(who.id());
        String columns = "SELECT n.id, n.kind, n.channel, n.recipient, n.status, n.booking_id, n.waitlist_entry_id, "
                + "n.sent_at FROM notification_outbox n ";
        try (BookingDatabase db = BookingDatabase.now()) {
            List<Map<String, Object>> rows = new ArrayList<>(db.rows(columns
                    + "JOIN booking b ON b.id = n.booking_id WHERE b.user_id = ?", user));
            rows.addAll(db.rows(columns + "JOIN waitlist_entry w ON w.id = n.waitlist_entry_id WHERE w.user_id = ?",
                    user));
            return rows.stream().collect(Collectors.toMap(r -> String.valueOf(r.get("id")), r -> r));
        }
    }

    @Test
    void aCustomerGetsEveryNoticeAboutTheirBookingsAndWaitlistPlacesNewestFirstAndNobodyElses() {
        Instant start = Instant.now().minusSeconds(1);
        Customer ann = customer();
        Customer bob = customer();
        // Ann's confirmed booking: its confirmation is queued on every channel.
        String annsShowtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        String annsBooking = confirmed(ann, hold(ann, annsShowtime, "811", 'C', 1)).getString("id");
        // Bob buys every seat of a small showtime (auditorium 812: rows A and B of five), Ann waits for two, and the
        // showtime is cancelled: her place is CLOSED and she is told, his booking is refunded and he is told.
        String soldOut = scheduled("901", "812", freshDay(), 1000).getString("id");
        List<Long> everySeat = new ArrayList<>();
        for (char row : new char[] {'A', 'B'}) {
            for (int n = 1; n <= 5; n++) {
                everySeat.add(seatId(812, row, n));
            }
        }
        String bobsBooking = confirmed(bob, held(bob.http(), soldOut, everySeat).getString("id")).getString("id");
        String annsEntry = dataWithoutErrors(join(ann.http(), soldOut, 2)).getJsonObject("joinWaitlist")
                .getString("id");
        dataWithoutErrors(ADMIN.post("mutation($id: ID!) { cancelShowtime(id: $id) { id } }", Map.of("id", soldOut)));

        // Both channels of both subjects; her e-mails are delivered (GreenMail) and show SENT once they are.
        assertThat(eventually(Duration.ofSeconds(20), () -> notices(ann).stream()
                .filter(n -> n.getString("channel").equals("EMAIL"))
                .filter(n -> n.getString("status").equals("SENT")).count() == 2))
                .as("Ann's two e-mails SENT").isTrue();
        List<JsonObject> anns = notices(ann);
        assertThat(anns).extracting(n -> n.getString("kind"), n -> n.getString("channel"), n -> text(n, "bookingId"),
                n -> text(n, "waitlistEntryId")).containsExactlyInAnyOrder(
                tuple("BOOKING_CONFIRMED", "EMAIL", annsBooking, null),
                tuple("BOOKING_CONFIRMED", "SMS", annsBooking, null),
                tuple("WAITLIST_CLOSED", "EMAIL", null, annsEntry),
                tuple("WAITLIST_CLOSED", "SMS", null, annsEntry));
        assertThat(anns).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(anns).extracting(n -> n.getString("kind")).as("the closed place was told last")
                .containsExactly("WAITLIST_CLOSED", "WAITLIST_CLOSED", "BOOKING_CONFIRMED", "BOOKING_CONFIRMED");
        assertThat(anns).allSatisfy(n -> {
            Instant created = OffsetDateTime.parse(n.getString("createdAt")).toInstant();
            assertThat(OffsetDateTime.parse(n.getString("createdAt")).getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(created).as("queued during this test").isBetween(start, Instant.now());
            if (n.getString("channel").equals("EMAIL")) {
                assertThat(text(n, "recipient")).isEqualTo(ann.email());
                assertThat(n.getString("status")).isEqualTo("SENT");
                assertThat(OffsetDateTime.parse(n.getString("sentAt")).toInstant()).isAfterOrEqualTo(created);
            } else {
                assertThat(text(n, "recipient")).as("an SMS's number is looked up when it is sent").isNull();
                // SKIPPED once the sender has had its turn: the stub's user service gives her no phone.
                assertThat(n.getString("status")).isIn("PENDING", "FAILED", "SKIPPED");
                assertThat(n.isNull("sentAt")).isTrue();
            }
        });

        // Exactly her rows as the database holds them, read while the sender left them alone (it may be at her SMS).
        for (int attempt = 1; ; attempt++) {
            Map<String, Map<String, Object>> before = outboxRows(ann);
            List<JsonObject> answer = notices(ann);
            if (before.equals(outboxRows(ann))) {
                assertThat(answer).extracting(n -> n.getString("id"))
                        .containsExactlyInAnyOrderElementsOf(before.keySet());
                assertThat(answer).allSatisfy(n -> {
                    Map<String, Object> row = before.get(n.getString("id"));
                    assertThat(n.getString("kind")).isEqualTo(row.get("kind"));
                    assertThat(n.getString("channel")).isEqualTo(row.get("channel"));
                    assertThat(n.getString("status")).isEqualTo(row.get("status"));
                    assertThat(text(n, "bookingId")).isEqualTo(row.get("booking_id") == null ? null
                            : String.valueOf(row.get("booking_id")));
                    assertThat(text(n, "waitlistEntryId")).isEqualTo(row.get("waitlist_entry_id") == null ? null
                            : String.valueOf(row.get("waitlist_entry_id")));
                    // The SMS row names her account; the answer never does.
                    assertThat(row.get("recipient")).isEqualTo(n.getString("channel").equals("EMAIL") ? ann.email()
                            : "user:" + ann.id());
                });
                break;
            }
            assertThat(attempt).as("a moment when the sender left Ann's rows alone").isLessThan(10);
        }

        // Bob's own: his confirmation and the cancellation's refund, none of them in Ann's answer.
        List<JsonObject> bobs = notices(bob);
        assertThat(bobs).extracting(n -> n.getString("kind"), n -> n.getString("channel"), n -> text(n, "bookingId"),
                n -> text(n, "waitlistEntryId")).containsExactlyInAnyOrder(
                tuple("BOOKING_CONFIRMED", "EMAIL", bobsBooking, null),
                tuple("BOOKING_CONFIRMED", "SMS", bobsBooking, null),
                tuple("SHOWTIME_CANCELLED", "EMAIL", bobsBooking, null),
                tuple("SHOWTIME_CANCELLED", "SMS", bobsBooking, null));
        assertThat(bobs).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(anns).extracting(n -> n.getString("id"))
                .doesNotContainAnyElementsOf(bobs.stream().map(n -> n.getString("id")).toList());
        assertThat(anns).extracting(n -> text(n, "recipient")).doesNotContain(bob.email());

        // One booking's own (its page in the portal): only its rows, and nothing of a booking that is not the caller's.
        String ofBooking = "query($b: ID) { myNotices(bookingId: $b) { id kind channel bookingId } }";
        assertThat(dataWithoutErrors(ann.http().post(ofBooking, Map.of("b", annsBooking))).getJsonArray("myNotices")
                .getValuesAs(JsonObject.class)).extracting(n -> n.getString("kind"), n -> n.getString("channel"),
                        n -> n.getString("bookingId"))
                .containsExactlyInAnyOrder(tuple("BOOKING_CONFIRMED", "EMAIL", annsBooking),
                        tuple("BOOKING_CONFIRMED", "SMS", annsBooking));
        assertThat(dataWithoutErrors(bob.http().post(ofBooking, Map.of("b", annsBooking))).getJsonArray("myNotices"))
                .as("another customer's booking").isEmpty();
        assertThat(GraphQlHttp.firstErrorField(ann.http().post(ofBooking, Map.of("b", "not-a-number"))))
                .isEqualTo("bookingId");

        assertThat(firstErrorCode(BookingIt.GRAPHQL.post(MY_NOTICES))).isEqualTo("UNAUTHENTICATED");
    }
}
