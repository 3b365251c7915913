package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first invariant of the booking saga (docs/architecture.md, "The booking saga") through the whole platform:
 * fifty customers hold overlapping seats of one showtime at the same moment; no seat is ever held twice, no
 * booking gets part of what it asked for, and the seat map says exactly what the bookings say.
 */
@ExtendWith(PlatformExtension.class)
@Order(32)
class SeatHoldConcurrencyIT {

    private static final int CUSTOMERS = 50;
    private static final int POOL = 12;

    /** One customer's attempt: the seats asked for and the answer. */
    record Attempt(List<String> seats, JsonObject response) {
    }

    @Test
    void fiftyCustomersRacingForOverlappingSeatsNeverShareASeat() throws Exception {
        Fixtures fixtures = new Fixtures();
        String showtimeId = fixtures.freshShowtime(4, 8).getString("id");
        List<String> pool = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).limit(POOL).toList();
        assertThat(pool).hasSize(POOL);

        Random random = new Random(20261126L);
        List<List<String>> wanted = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            List<String> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            wanted.add(List.copyOf(shuffled.subList(0, 2 + random.nextInt(3))));
        }

        ExecutorService threads = Executors.newFixedThreadPool(CUSTOMERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        try {
            for (List<String> seats : wanted) {
                GraphQlHttp customer = fixtures.customer();
                futures.add(threads.submit(() -> {
                    start.await();
                    return new Attempt(seats, customer.post(SeatHoldIT.HOLD,
                            Map.of("s", showtimeId, "ids", Fixtures.list(seats))));
                }));
            }
            start.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> future : futures) {
                attempts.add(future.get(60, TimeUnit.SECONDS));
            }

            Map<String, String> holderOfSeat = new HashMap<>();
            Set<String> heldBookings = new HashSet<>();
            for (Attempt attempt : attempts) {
                String code = GraphQlHttp.firstErrorCode(attempt.response());
                if (code != null) {
                    // Losing the race is the only acceptable failure: never INTERNAL, UPSTREAM_UNAVAILABLE, CONFLICT...
                    assertThat(code).as(attempt.response().toString()).isEqualTo("SEAT_UNAVAILABLE");
                    continue;
                }
                JsonObject booking = attempt.response().getJsonObject("data").getJsonObject("holdSeats");
                assertThat(booking.getString("status")).isEqualTo("HELD");
                List<String> got = booking.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("seatId")).toList();
                // All or nothing: exactly the seats asked for.
                assertThat(got).containsExactlyInAnyOrderElementsOf(attempt.seats());
                for (String seat : got) {
                    String previous = holderOfSeat.put(seat, booking.getString("id"));
                    assertThat(previous).as("seat " + seat + " held by two bookings").isNull();
                }
                heldBookings.add(booking.getString("id"));
            }
            assertThat(heldBookings).as("someone wins the race").isNotEmpty();

            // The seat map agrees: exactly the won seats are HELD, every other pool seat is AVAILABLE.
            Map<String, String> status = fixtures.seats(showtimeId).stream()
                    .collect(Collectors.toMap(s -> s.getString("seatId"), s -> s.getString("status")));
            for (String seat : pool) {
                assertThat(status.get(seat)).as("seat " + seat).isEqualTo(holderOfSeat.containsKey(seat) ? "HELD" : "AVAILABLE");
            }

            // And so do the bookings staff see: the winners' HELD bookings and no other holding booking.
            JsonObject page = Fixtures.data(fixtures.admin.post("query($f: BookingFilter) { bookings(filter: $f, size: 100) { "
                            + "total items { id status tickets { seatId } } } }",
                    Map.of("f", Json.createObjectBuilder().add("showtimeId", showtimeId).build())), "bookings");
            List<JsonObject> holding = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("status").equals("HELD")).toList();
            assertThat(holding).extracting(b -> b.getString("id")).containsExactlyInAnyOrderElementsOf(heldBookings);
            Map<String, String> seatsOfBookings = new HashMap<>();
            for (JsonObject booking : holding) {
                for (JsonObject ticket : booking.getJsonArray("tickets").getValuesAs(JsonObject.class)) {
                    assertThat(seatsOfBookings.put(ticket.getString("seatId"), booking.getString("id"))).isNull();
                }
            }
            assertThat(seatsOfBookings)
                    .as("tickets of the HELD bookings in staff's bookings(filter: {showtimeId}) = the seats each hold won")
                    .isEqualTo(holderOfSeat);
        } finally {
            threads.shutdownNow();
        }
    }
}
