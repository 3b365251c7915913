package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.cinema.booking.it.BookingIt.BOOKING_FIELDS;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.StubCheckoutServices.GOOD_CARD;
import static com.cinema.booking.it.StubUpstream.seatId;
import static com.cinema.booking.it.WaitlistConcurrencyIT.join;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer closing their account has the booking service forget their contact details ({@code forgetMyContactDetails},
 * with their own token): refused with CONFLICT, counts named and nothing erased, while they have a hold, an upcoming
 * booking or a waitlist place; then their e-mail address is gone from every column of the booking database (read with
 * SQL, {@link BookingDatabase}), their notices name the erased recipient and none is left to send, while bookings,
 * payment references and another customer's data stay; a repeat changes 0 rows. On the service's own server and
 * database, so the SQL runs on H2 and on MySQL/MariaDB.
 */
@MicroShedTest
class ContactErasureIT {

    private static final String FORGET = "mutation { forgetMyContactDetails }";

    /** A customer of this run, with their own token (also for {@link MyNoticesIT}). */
    record Customer(String id, String email, GraphQlHttp http) {
    }

    static Customer customer() {
        String id = newUserId();
        String email = "u" + id + "@cinema.test";
        return new Customer(id, email, BookingIt.GRAPHQL.withBearer(BookingIt.TOKENS.user(id, email)));
    }

    private static JsonObject forget(Customer who) {
        return who.http().post(FORGET);
    }

    private static int forgotten(Customer who) {
        return dataWithoutErrors(forget(who)).getInt("forgetMyContactDetails");
    }

    static String hold(Customer who, String showtimeId, String auditoriumId, char row, int number) {
        return held(who.http(), showtimeId, List.of(seatId(Long.parseLong(auditoriumId), row, number))).getString("id");
    }

    static JsonObject confirmed(Customer who, String bookingId) {
        JsonObject payment = Json.createObjectBuilder().add("method", "CARD").add("cardNumber", GOOD_CARD)
                .add("expMonth", 12).add("expYear", 2031).add("cvc", "123").add("cardholderName", "Test Customer").build();
        JsonObject booking = dataWithoutErrors(who.http().post("mutation($b: ID!, $p: PaymentInput!, $k: String!) { "
                        + "checkout(bookingId: $b, payment: $p, idempotencyKey: $k) { " + BOOKING_FIELDS + " } }",
                Map.of("b", bookingId, "p", payment, "k", UUID.randomUUID().toString()))).getJsonObject("checkout");
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        return booking;
    }

    private static void cancel(Customer who, String bookingId) {
        dataWithoutErrors(who.http().post("mutation($b: ID!) { cancelBooking(bookingId: $b) { id status } }",
                Map.of("b", bookingId)));
    }

    /** The customer's booking rows' e-mail addresses (null once erased). */
    private static List<Object> bookingEmails(BookingDatabase db, Customer who) {
        return db.rows("SELECT customer_email FROM booking WHERE user_id = ? ORDER BY id", Long.parseLong(who.id()))
                .stream().map(r -> r.get("customer_email")).toList();
    }

    /** The outbox rows about the customer's bookings and waitlist entries: recipient, status, last_error. */
    private static List<Map<String, Object>> notices(BookingDatabase db, Customer who) {
        long user = Long.parseLong(who.id());
        List<Map<String, Object>> rows = new ArrayList<>(db.rows("SELECT n.recipient, n.status, n.last_error FROM "
                + "notification_outbox n JOIN booking b ON b.id = n.booking_id WHERE b.user_id = ?", user));
        rows.addAll(db.rows("SELECT n.recipient, n.status, n.last_error FROM notification_outbox n JOIN waitlist_entry w "
                + "ON w.id = n.waitlist_entry_id WHERE w.user_id = ?", user));
        return rows;
    }

    @Test
    void refusedWhileAHoldOrAnUpcomingBookingExistsThenTheCustomersEmailIsGoneFromEveryColumnAndARepeatChangesNothing() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer alice = customer();
        Customer bob = customer();
        String alicesBooking = confirmed(alice, hold(alice, showtime, "811", 'C', 1)).getString("id");
        String bobsBooking = confirmed(bob, hold(bob, showtime, "811", 'C', 2)).getString("id");
        String alicesHold = hold(alice, showtime, "811", 'C', 3);

        JsonObject refused = forget(alice);
        assertThat(firstErrorCode(refused)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(refused)).isEqualTo(
                "Your account still has 1 upcoming booking and 1 seat hold: cancel or finish them first");
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(bookingEmails(db, alice)).as("nothing erased").contains(alice.email());
            assertThat(notices(db, alice)).isNotEmpty().noneMatch(n -> "erased".equals(n.get("recipient")));
        }

        dataWithoutErrors(alice.http().post("mutation($b: ID!) { releaseHold(bookingId: $b) { id } }",
                Map.of("b", alicesHold)));
        assertThat(firstErrorMessage(forget(alice))).isEqualTo(
                "Your account still has 1 upcoming booking: cancel or finish them first");

        cancel(alice, alicesBooking);
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.textColumnsContaining(alice.email())).as("where the address is kept before")
                    .contains("booking.customer_email", "notification_outbox.recipient");
        }
        int changed = forgotten(alice);

        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.textColumnsContaining(alice.email())).as("the address anywhere in the booking database")
                    .isEmpty();
            assertThat(bookingEmails(db, alice)).hasSize(2).containsOnlyNulls();
            List<Map<String, Object>> notices = notices(db, alice);
            // The confirmation and the cancellation, on e-mail and SMS: delivered, failed or (still pending) skipped.
            assertThat(notices).hasSizeGreaterThanOrEqualTo(2).allSatisfy(n -> {
                assertThat(n.get("recipient")).isEqualTo("erased");
                assertThat(n.get("status")).isNotEqualTo("PENDING");
                if ("SKIPPED".equals(n.get("status")) || "FAILED".equals(n.get("status"))) {
                    assertThat((String) n.get("last_error")).isNotBlank();
                }
            });
            assertThat(changed).as("one booking with an address, and every notice").isEqualTo(1 + notices.size());
            // Her own copy of her notices still lists every one, addressed to nobody now.
            assertThat(dataWithoutErrors(alice.http().post("{ myNotices { id recipient } }")).getJsonArray("myNotices")
                    .getValuesAs(JsonObject.class)).hasSize(notices.size())
                    .allSatisfy(n -> assertThat(n.isNull("recipient")).as(n.toString()).isTrue());
            // The booking itself, with its payment, stays for the accounts.
            assertThat(db.rows("SELECT status, payment_id, user_id FROM booking WHERE id = ?", Long.parseLong(alicesBooking)))
                    .singleElement().satisfies(b -> {
                        assertThat(b.get("status")).isEqualTo("CANCELLED");
                        assertThat(b.get("payment_id")).isNotNull();
                    });
            // Another customer's data is untouched.
            assertThat(bookingEmails(db, bob)).containsExactly(bob.email());
            assertThat(notices(db, bob)).isNotEmpty().noneMatch(n -> "erased".equals(n.get("recipient")));
        }
        assertThat(dataWithoutErrors(alice.http().post("query($id: ID!) { booking(id: $id) { id status } }",
                Map.of("id", alicesBooking))).getJsonObject("booking").getString("status")).isEqualTo("CANCELLED");
        assertThat(dataWithoutErrors(bob.http().post("query($id: ID!) { booking(id: $id) { id status } }",
                Map.of("id", bobsBooking))).getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");

        assertThat(forgotten(alice)).as("a repeat").isZero();
    }

    @Test
    void refusedWhileOnAWaitlistThenTheEntrysEmailIsErasedOnceLeft() {
        String showtime = scheduled("901", "821", freshDay(), 1000).getString("id");
        // Auditorium 821 is rows A and B of five seats: sold out with ten single-seat holds of other customers.
        for (char row : new char[] {'A', 'B'}) {
            for (int n = 1; n <= 5; n++) {
                hold(customer(), showtime, "821", row, n);
            }
        }
        Customer carol = customer();
        Customer dan = customer();
        assertThat(dataWithoutErrors(join(carol.http(), showtime, 2)).getJsonObject("joinWaitlist").getString("status"))
                .isEqualTo("WAITING");
        dataWithoutErrors(join(dan.http(), showtime, 1));

        JsonObject refused = forget(carol);
        assertThat(firstErrorCode(refused)).isEqualTo("CONFLICT");
        // Holds last 5 s here: by now seats may have come free and been offered to her (a held booking of hers).
        assertThat(firstErrorMessage(refused)).matches(
                "Your account still has (1 seat hold and )?1 waitlist place: cancel or finish them first");
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.rows("SELECT email FROM waitlist_entry WHERE user_id = ?", Long.parseLong(carol.id())))
                    .as("nothing erased").singleElement().satisfies(w -> assertThat(w.get("email")).isEqualTo(carol.email()));
        }

        dataWithoutErrors(carol.http().post("mutation($s: ID!) { leaveWaitlist(showtimeId: $s) { id status } }",
                Map.of("s", showtime)));
        int changed = forgotten(carol);
        assertThat(forgotten(carol)).as("a repeat").isZero();

        try (BookingDatabase db = BookingDatabase.now()) {
            // The entry's address, and the notices of an offer if one was made meanwhile.
            assertThat(changed).isEqualTo(1 + notices(db, carol).size());
            assertThat(notices(db, carol)).allSatisfy(n -> {
                assertThat(n.get("recipient")).isEqualTo("erased");
                assertThat(n.get("status")).isNotEqualTo("PENDING");
            });
            assertThat(db.rows("SELECT email, status FROM waitlist_entry WHERE user_id = ?", Long.parseLong(carol.id())))
                    .singleElement().satisfies(w -> {
                        assertThat(w.get("email")).isNull();
                        assertThat(w.get("status")).isEqualTo("LEFT");
                    });
            assertThat(db.textColumnsContaining(carol.email())).isEmpty();
            assertThat(db.rows("SELECT email, status FROM waitlist_entry WHERE user_id = ?", Long.parseLong(dan.id())))
                    .as("another customer's place").singleElement()
                    .satisfies(w -> assertThat(w.get("email")).isEqualTo(dan.email()));
        }
        // The customer's waitlist still lists the entry (without any address: the view never had one).
        assertThat(dataWithoutErrors(carol.http().post("{ myWaitlist { id status } }")).getJsonArray("myWaitlist"))
                .hasSize(1);
    }

    @Test
    void concurrentRepeatsEraseOnceAndAnEmptyAccountChangesNothing() throws Exception {
        String showtime = scheduled("901", "812", freshDay(), 1000).getString("id");
        Customer erin = customer();
        cancel(erin, confirmed(erin, hold(erin, showtime, "812", 'A', 1)).getString("id"));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> answers = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> forgotten(erin));
            }
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // One of them erased everything under the customer's lock; the others found nothing left.
        assertThat(answers).filteredOn(n -> n > 0).hasSize(1);
        assertThat(answers).filteredOn(n -> n == 0).hasSize(3);
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.textColumnsContaining(erin.email())).isEmpty();
            assertThat(answers.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1 + notices(db, erin).size());
        }

        Customer newcomer = customer();
        assertThat(forgotten(newcomer)).as("a customer who never booked").isZero();
        assertThat(firstErrorCode(BookingIt.GRAPHQL.post(FORGET))).isEqualTo("UNAUTHENTICATED");
    }
}
