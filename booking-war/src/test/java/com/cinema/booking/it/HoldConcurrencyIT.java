package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.hold;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.seatStatuses;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking saga's invariant (docs/architecture.md) under contention: 50 customers at once hold
 * overlapping seat sets of one showtime.
 * No seat is ever held by two live bookings, every booking holds all of its seats or none, nobody sees an
 * INTERNAL error, and the seat map agrees with the bookings.
 */
@MicroShedTest
class HoldConcurrencyIT {

    private static final int CUSTOMERS = 50;
    private static final char[] ROWS = {'B', 'C'};

    @Test
    void fiftyCustomersAtOnceNeverShareASeat() throws Exception {
        String showtimeId = scheduled("901", "811", freshDay(), 1000).getString("id");
        // 20 seats (B1-B10, C1-C10); each customer wants three of them, overlapping with many others.
        List<Long> pool = new ArrayList<>();
        Map<Long, String> labels = new HashMap<>();
        for (char row : ROWS) {
            for (int n = 1; n <= 10; n++) {
                pool.add(seatId(811, row, n));
                labels.put(seatId(811, row, n), "" + row + n);
            }
        }
        List<List<Long>> wanted = new ArrayList<>();
        List<GraphQlHttp> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            wanted.add(List.of(pool.get(i % 20), pool.get((i + 1) % 20), pool.get((i * 7 + 3) % 20)).stream()
                    .distinct().toList());
            customers.add(user(newUserId()));
        }

        ExecutorService threads = Executors.newFixedThreadPool(CUSTOMERS);
        CountDownLatch ready = new CountDownLatch(CUSTOMERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonObject>> answers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            int customer = i;
            answers.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return hold(customers.get(customer), showtimeId, wanted.get(customer));
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<JsonObject> bookings = new ArrayList<>();
        ConcurrentLinkedQueue<String> otherErrors = new ConcurrentLinkedQueue<>();
        int refused = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            JsonObject response = answers.get(i).get(90, TimeUnit.SECONDS);
            String code = GraphQlHttp.firstErrorCode(response);
            if (code == null) {
                JsonObject booking = response.getJsonObject("data").getJsonObject("holdSeats");
                Set<String> seats = new HashSet<>();
                booking.getJsonArray("tickets").getValuesAs(JsonObject.class).forEach(t -> seats.add(t.getString("seatId")));
                Set<String> asked = new HashSet<>();
                wanted.get(i).forEach(s -> asked.add(String.valueOf(s)));
                assertThat(seats).as("a booking holds exactly the seats asked for").isEqualTo(asked);
                bookings.add(booking);
            } else if (code.equals("SEAT_UNAVAILABLE")) {
                refused++;
            } else {
                otherErrors.add(response.toString());
            }
        }
        Instant checkedAt = Instant.now();
        threads.shutdownNow();

        assertThat(otherErrors).as("only SEAT_UNAVAILABLE may refuse a hold").isEmpty();
        assertThat(bookings).as("someone gets seats").isNotEmpty();
        assertThat(refused).as("overlapping wishes must be refused").isPositive();
        assertThat(bookings.size() + refused).isEqualTo(CUSTOMERS);

        // No seat in two bookings at once: a seat is taken again only after the earlier hold has run out.
        Map<String, List<JsonObject>> holdersBySeat = new HashMap<>();
        for (JsonObject booking : bookings) {
            booking.getJsonArray("tickets").getValuesAs(JsonObject.class)
                    .forEach(t -> holdersBySeat.computeIfAbsent(t.getString("seatId"), k -> new ArrayList<>()).add(booking));
        }
        holdersBySeat.forEach((seat, holders) -> {
            List<JsonObject> ordered = new ArrayList<>(holders);
            ordered.sort((a, b) -> Instant.parse(a.getString("createdAt")).compareTo(Instant.parse(b.getString("createdAt"))));
            for (int i = 1; i < ordered.size(); i++) {
                Instant previousEnd = Instant.parse(ordered.get(i - 1).getString("holdExpiresAt"));
                Instant next = Instant.parse(ordered.get(i).getString("createdAt"));
                assertThat(next).as("seat " + seat + " held twice at once").isAfterOrEqualTo(previousEnd);
            }
        });

        // The database agrees: exactly the successful bookings exist for this showtime, each with all its tickets.
        JsonObject stored = ADMIN.post("query($s: ID) { bookings(filter: { showtimeId: $s }, size: 100) { total "
                + "items { id tickets { seatId } } } }", Map.of("s", showtimeId)).getJsonObject("data").getJsonObject("bookings");
        assertThat(stored.getInt("total")).isEqualTo(bookings.size());
        Set<String> storedIds = new HashSet<>();
        stored.getJsonArray("items").getValuesAs(JsonObject.class).forEach(b -> storedIds.add(b.getString("id")));
        assertThat(storedIds).containsExactlyInAnyOrderElementsOf(bookings.stream().map(b -> b.getString("id")).toList());

        // The seat map agrees with the live holds (seats whose hold ends within a second of now are skipped).
        Map<String, String> map = seatStatuses(showtimeId);
        Instant mapAt = Instant.now();
        Set<String> live = new HashSet<>();
        Set<String> unsure = new HashSet<>();
        for (JsonObject booking : bookings) {
            Instant end = Instant.parse(booking.getString("holdExpiresAt"));
            Set<String> target = end.isAfter(mapAt.plusSeconds(1)) ? live
                    : end.isBefore(checkedAt.minusSeconds(1)) ? null : unsure;
            if (target != null) {
                booking.getJsonArray("tickets").getValuesAs(JsonObject.class).forEach(t -> target.add(t.getString("seatLabel")));
            }
        }
        for (Long seat : pool) {
            String label = labels.get(seat);
            if (unsure.contains(label) && !live.contains(label)) {
                continue;
            }
            assertThat(map.get(label)).as(label).isEqualTo(live.contains(label) ? "HELD" : "AVAILABLE");
        }
        assertThat(live).as("the check must see some live holds").isNotEmpty();
    }
}
