package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21's waitlist through the gateway (docs/api.md, "Waitlist"; docs/decisions/0012-waitlist.md): customers join a
 * sold-out showtime's waitlist in order; a release offers the freed seat to the first (a HELD booking of theirs and an
 * e-mail naming it); the offer window (CINEMA_BOOKING_WAITLIST_OFFER_WINDOW, 45 s in {@link Platform}) passes and the
 * seat goes to the next entry, who buys it (ACCEPTED); cancelling the showtime closes its entries with an e-mail to
 * each customer; concurrent releases never offer a seat twice and serve the queue in order; joining is refused while
 * seats are free, twice, and for a bad seat count.
 */
@ExtendWith(PlatformExtension.class)
@Order(67)
class WaitlistIT {

    static final String ENTRY = "id showtimeId seats status position bookingId offerExpiresAt createdAt "
            + "showtime { id startsAt }";
    static final String JOIN = "mutation($s: ID!, $n: Int!) { joinWaitlist(showtimeId: $s, seats: $n) { " + ENTRY + " } }";
    static final String LEAVE = "mutation($s: ID!) { leaveWaitlist(showtimeId: $s) { " + ENTRY + " } }";
    static final String MINE = "{ myWaitlist { " + ENTRY + " } }";
    private static final String RELEASE = "mutation($b: ID!) { releaseHold(bookingId: $b) { id status } }";

    private final Fixtures fixtures = new Fixtures();

    static JsonObject join(GraphQlHttp customer, String showtimeId, int seats) {
        return customer.post(JOIN, Map.of("s", showtimeId, "n", seats));
    }

    /** The customer's entry for the showtime, as myWaitlist has it. */
    static JsonObject entry(GraphQlHttp customer, String showtimeId) {
        return GraphQlHttp.dataWithoutErrors(customer.post(MINE)).getJsonArray("myWaitlist").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("showtimeId").equals(showtimeId)).findFirst().orElseThrow();
    }

    private static JsonObject booking(GraphQlHttp customer, String bookingId) {
        return Fixtures.data(customer.post(CheckoutIT.BOOKING, Map.of("b", bookingId)), "booking");
    }

    private List<String> seatIds(String showtimeId) {
        return fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
    }

    @Test
    void offersGoInOrderExpireToTheNextEntryAndABoughtOfferIsAccepted() {
        String showtimeId = fixtures.freshShowtime(1, 3).getString("id");
        List<String> seats = seatIds(showtimeId);
        GraphQlHttp alice = fixtures.customer();
        GraphQlHttp bob = fixtures.customer();

        // Not sold out yet: hold them instead.
        JsonObject early = join(alice, showtimeId, 1);
        assertThat(GraphQlHttp.firstErrorCode(early)).as(early.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(early)).contains("not sold out");

        List<GraphQlHttp> holders = new ArrayList<>();
        List<String> holds = new ArrayList<>();
        for (String seat : seats) {
            GraphQlHttp holder = fixtures.customer();
            holders.add(holder);
            holds.add(CheckoutIT.hold(holder, showtimeId, List.of(seat)).getString("id"));
        }

        JsonObject aliceEntry = Fixtures.data(join(alice, showtimeId, 1), "joinWaitlist");
        assertThat(aliceEntry.getString("status")).isEqualTo("WAITING");
        assertThat(aliceEntry.getInt("position")).isEqualTo(1);
        assertThat(aliceEntry.getJsonObject("showtime").getString("id")).isEqualTo(showtimeId);
        assertThat(Fixtures.data(join(bob, showtimeId, 1), "joinWaitlist").getInt("position")).isEqualTo(2);
        // Leaving ends an entry; joining again puts the customer at the end of the queue.
        GraphQlHttp carol = fixtures.customer();
        assertThat(Fixtures.data(join(carol, showtimeId, 1), "joinWaitlist").getInt("position")).isEqualTo(3);
        assertThat(Fixtures.data(carol.post(LEAVE, Map.of("s", showtimeId)), "leaveWaitlist").getString("status"))
                .isEqualTo("LEFT");
        assertThat(GraphQlHttp.firstErrorCode(carol.post(LEAVE, Map.of("s", showtimeId)))).isEqualTo("NOT_FOUND");
        assertThat(Fixtures.data(join(carol, showtimeId, 1), "joinWaitlist").getInt("position")).isEqualTo(3);
        // Once per customer and showtime; 1 to 10 seats.
        assertThat(GraphQlHttp.firstErrorCode(join(alice, showtimeId, 1))).isEqualTo("CONFLICT");
        JsonObject tooMany = join(fixtures.customer(), showtimeId, 11);
        assertThat(GraphQlHttp.firstErrorCode(tooMany)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(tooMany)).isEqualTo("seats");

        // A release: the seat is Alice's at once, held for the offer window, and she is told by e-mail.
        Fixtures.data(holders.get(1).post(RELEASE, Map.of("b", holds.get(1))), "releaseHold");
        JsonObject offered = entry(alice, showtimeId);
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        String aliceOffer = offered.getString("bookingId");
        JsonObject aliceBooking = booking(alice, aliceOffer);
        assertThat(aliceBooking.getString("status")).isEqualTo("HELD");
        assertThat(aliceBooking.getJsonArray("tickets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("seatId")).containsExactly(seats.get(1));
        OffsetDateTime deadline = OffsetDateTime.parse(offered.getString("offerExpiresAt"));
        assertThat(deadline).isEqualTo(OffsetDateTime.parse(aliceBooking.getString("holdExpiresAt")));
        assertThat(deadline).isBefore(OffsetDateTime.now().plusSeconds(60));
        assertThat(entry(bob, showtimeId).getString("status")).isEqualTo("WAITING");
        assertThat(entry(bob, showtimeId).getInt("position")).isEqualTo(1);
        // Nobody else can hold it.
        JsonObject grab = fixtures.customer().post(SeatHoldIT.HOLD, Map.of("s", showtimeId,
                "ids", Fixtures.list(List.of(seats.get(1)))));
        assertThat(GraphQlHttp.firstErrorCode(grab)).isEqualTo("SEAT_UNAVAILABLE");
        String code = aliceBooking.getString("code");
        assertThat(Polling.eventually(Duration.ofSeconds(30),
                () -> PlatformExtension.platform().mailFilesMentioning(code) >= 1)).as("the offer's e-mail").isTrue();
        assertThat(PlatformExtension.platform().mailFilesMentioning("Seats for you from the waitlist")).isPositive();

        // Alice lets the window pass: her offer expires and the next entry, Bob, gets a seat.
        assertThat(Polling.eventually(Duration.ofSeconds(90),
                () -> "OFFERED".equals(entry(bob, showtimeId).getString("status")))).as("Bob's offer").isTrue();
        assertThat(entry(alice, showtimeId).getString("status")).isEqualTo("EXPIRED");
        assertThat(booking(alice, aliceOffer).getString("status")).isEqualTo("EXPIRED");
        String bobOffer = entry(bob, showtimeId).getString("bookingId");
        JsonObject bobBooking = booking(bob, bobOffer);
        assertThat(bobBooking.getString("status")).isEqualTo("HELD");
        assertThat(bobBooking.getJsonArray("tickets")).hasSize(1);

        // Bob buys it like any hold.
        JsonObject paid = Fixtures.data(CheckoutIT.checkout(bob, bobOffer, CheckoutIT.card(CheckoutIT.GOOD_CARD),
                UUID.randomUUID().toString()), "checkout");
        assertThat(paid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(entry(bob, showtimeId).getString("status")).isEqualTo("ACCEPTED");
        assertThat(entry(bob, showtimeId).getInt("position")).isZero();

    }

    @Test
    void cancellingTheShowtimeClosesItsEntriesAndTellsTheCustomerByEmail() {
        String showtimeId = fixtures.freshShowtime(1, 2).getString("id");
        CheckoutIT.hold(fixtures.customer(), showtimeId, seatIds(showtimeId));
        GraphQlHttp dave = fixtures.customer();
        String entryId = Fixtures.data(join(dave, showtimeId, 2), "joinWaitlist").getString("id");

        assertThat(Fixtures.data(fixtures.admin.post("mutation($id: ID!) { cancelShowtime(id: $id) { id status } }",
                Map.of("id", showtimeId)), "cancelShowtime").getString("status")).isEqualTo("CANCELLED");

        assertThat(entry(dave, showtimeId).getString("status")).isEqualTo("CLOSED");
        // The notice's Message-ID names the entry (a closed entry has no booking code to look for).
        String messageId = "<waitlist-entry-" + entryId + ".waitlist_closed@cinema.booking>";
        assertThat(Polling.eventually(Duration.ofSeconds(30),
                () -> PlatformExtension.platform().mailFilesMentioning(messageId) >= 1)).as("the closed entry's e-mail")
                .isTrue();
        assertThat(PlatformExtension.platform().mailFilesMentioning("Showing cancelled - your waitlist place"))
                .isPositive();
    }

    @Test
    void concurrentReleasesNeverOfferASeatTwiceAndServeTheQueueInOrder() throws Exception {
        for (int round = 0; round < 2; round++) {
            // Two rows of four: four customers hold two seats each, five wait for two each.
            String showtimeId = fixtures.freshShowtime(2, 4).getString("id");
            List<String> seats = seatIds(showtimeId);
            List<GraphQlHttp> holders = new ArrayList<>();
            List<String> holds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                GraphQlHttp holder = fixtures.customer();
                holders.add(holder);
                holds.add(CheckoutIT.hold(holder, showtimeId, seats.subList(2 * i, 2 * i + 2)).getString("id"));
            }
            List<GraphQlHttp> waiters = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                GraphQlHttp waiter = fixtures.customer();
                assertThat(Fixtures.data(join(waiter, showtimeId, 2), "joinWaitlist").getInt("position")).isEqualTo(i + 1);
                waiters.add(waiter);
            }

            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonObject>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    GraphQlHttp holder = holders.get(i);
                    String bookingId = holds.get(i);
                    answers.add(threads.submit(() -> {
                        go.await();
                        return holder.post(RELEASE, Map.of("b", bookingId));
                    }));
                }
                go.countDown();
                for (Future<JsonObject> answer : answers) {
                    JsonObject response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
                }
            } finally {
                threads.shutdownNow();
            }

            Map<String, String> offeredSeats = new HashMap<>();
            for (int i = 0; i < 4; i++) {
                JsonObject entry = entry(waiters.get(i), showtimeId);
                assertThat(entry.getString("status")).as("entry %d of round %d", i + 1, round).isEqualTo("OFFERED");
                JsonObject offer = booking(waiters.get(i), entry.getString("bookingId"));
                assertThat(offer.getString("status")).isEqualTo("HELD");
                for (JsonObject ticket : offer.getJsonArray("tickets").getValuesAs(JsonObject.class)) {
                    String before = offeredSeats.put(ticket.getString("seatId"), offer.getString("id"));
                    assertThat(before).as("seat %s offered twice", ticket.getString("seatId")).isNull();
                }
            }
            assertThat(offeredSeats.keySet()).containsExactlyInAnyOrderElementsOf(seats);
            JsonObject fifth = entry(waiters.get(4), showtimeId);
            assertThat(fifth.getString("status")).isEqualTo("WAITING");
            assertThat(fifth.getInt("position")).isEqualTo(1);
            // The seat map agrees: every seat held, none free for anyone else.
            assertThat(fixtures.seats(showtimeId)).extracting(s -> s.getString("status")).containsOnly("HELD");
        }
    }
}
