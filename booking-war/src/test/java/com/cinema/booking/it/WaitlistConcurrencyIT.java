package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.cinema.booking.it.BookingIt.BOOKING_FIELDS;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21's waitlist under contention, on the booking service's own server and database: a sold-out showtime
 * (auditorium 812 of the stub, two rows of five, rules off) whose five holds of two seats are released at once while
 * six customers wait for two seats each. Every release frees and offers under the showtime's hold lock, so the first
 * five entries in joining order get offers, no seat is in two offers, and the sixth still waits. Four rounds.
 */
@MicroShedTest
class WaitlistConcurrencyIT {

    private static final String ENTRY_FIELDS = "id showtimeId seats status position bookingId offerExpiresAt createdAt";

    @Test
    void concurrentReleasesOfferEachSeatOnceInJoiningOrder() throws Exception {
        for (int round = 0; round < 4; round++) {
            String showtimeId = scheduled("901", "812", freshDay(), 1000).getString("id");
            List<GraphQlHttp> holders = new ArrayList<>();
            List<String> heldIds = new ArrayList<>();
            List<List<Long>> pairs = List.of(
                    List.of(seatId(812, 'A', 1), seatId(812, 'A', 2)), List.of(seatId(812, 'A', 3), seatId(812, 'A', 4)),
                    List.of(seatId(812, 'A', 5), seatId(812, 'B', 5)), List.of(seatId(812, 'B', 1), seatId(812, 'B', 2)),
                    List.of(seatId(812, 'B', 3), seatId(812, 'B', 4)));
            for (List<Long> pair : pairs) {
                GraphQlHttp holder = user(newUserId());
                holders.add(holder);
                heldIds.add(held(holder, showtimeId, pair).getString("id"));
            }
            List<String> waiters = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String id = newUserId();
                JsonObject entry = GraphQlHttp.dataWithoutErrors(join(user(id), showtimeId, 2)).getJsonObject("joinWaitlist");
                assertThat(entry.getString("status")).isEqualTo("WAITING");
                assertThat(entry.getInt("position")).isEqualTo(i + 1);
                waiters.add(id);
            }
            // One entry per customer and showtime.
            assertThat(GraphQlHttp.firstErrorCode(join(user(waiters.get(0)), showtimeId, 1))).isEqualTo("CONFLICT");

            ExecutorService threads = Executors.newFixedThreadPool(5);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonObject>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    GraphQlHttp holder = holders.get(i);
                    String bookingId = heldIds.get(i);
                    answers.add(threads.submit(() -> {
                        go.await();
                        return holder.post("mutation($b: ID!) { releaseHold(bookingId: $b) { id status } }",
                                Map.of("b", bookingId));
                    }));
                }
                go.countDown();
                for (Future<JsonObject> answer : answers) {
                    JsonObject response = answer.get(60, TimeUnit.SECONDS);
                    // A hold may have run out (5 s here) before its release: then the sweeper freed and offered it.
                    assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
                }
            } finally {
                threads.shutdownNow();
            }

            Map<Long, String> seatOwner = new HashMap<>();
            Set<String> offered = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                GraphQlHttp waiter = user(waiters.get(i));
                List<JsonObject> mine = GraphQlHttp.dataWithoutErrors(waiter.post("{ myWaitlist { " + ENTRY_FIELDS + " } }"))
                        .getJsonArray("myWaitlist").getValuesAs(JsonObject.class);
                assertThat(mine).hasSize(1);
                JsonObject entry = mine.get(0);
                if (i < 5) {
                    assertThat(entry.getString("status")).as("entry %d of round %d", i + 1, round).isEqualTo("OFFERED");
                    String bookingId = entry.getString("bookingId");
                    JsonObject booking = GraphQlHttp.dataWithoutErrors(waiter.post(
                            "query($b: ID!) { booking(id: $b) { " + BOOKING_FIELDS + " } }", Map.of("b", bookingId)))
                            .getJsonObject("booking");
                    assertThat(booking.getString("status")).isEqualTo("HELD");
                    assertThat(booking.getJsonArray("tickets")).hasSize(2);
                    for (JsonObject ticket : booking.getJsonArray("tickets").getValuesAs(JsonObject.class)) {
                        long seat = Long.parseLong(ticket.getString("seatId"));
                        String before = seatOwner.put(seat, bookingId);
                        assertThat(before).as("seat %d offered twice in round %d", seat, round).isNull();
                    }
                    offered.add(bookingId);
                } else {
                    assertThat(entry.getString("status")).as("the sixth entry").isEqualTo("WAITING");
                    assertThat(entry.getInt("position")).isEqualTo(1);
                }
            }
            assertThat(offered).hasSize(5);
            assertThat(seatOwner).hasSize(10);
        }
    }

    @Test
    void joiningIsRefusedWhileSeatsAreFreeAndForABadSeatCount() {
        String showtimeId = scheduled("901", "812", freshDay(), 1000).getString("id");
        GraphQlHttp customer = user(newUserId());

        JsonObject notSoldOut = join(customer, showtimeId, 2);
        assertThat(GraphQlHttp.firstErrorCode(notSoldOut)).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(notSoldOut)).contains("not sold out");

        JsonObject tooMany = join(customer, showtimeId, 11);
        assertThat(GraphQlHttp.firstErrorCode(tooMany)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(tooMany)).isEqualTo("seats");

        JsonObject notWaiting = customer.post("mutation($s: ID!) { leaveWaitlist(showtimeId: $s) { id } }",
                Map.of("s", showtimeId));
        assertThat(GraphQlHttp.firstErrorCode(notWaiting)).isEqualTo("NOT_FOUND");
    }

    static JsonObject join(GraphQlHttp as, String showtimeId, int seats) {
        return as.post("mutation($s: ID!, $n: Int) { joinWaitlist(showtimeId: $s, seats: $n) { " + ENTRY_FIELDS + " } }",
                Map.of("s", showtimeId, "n", seats));
    }
}
