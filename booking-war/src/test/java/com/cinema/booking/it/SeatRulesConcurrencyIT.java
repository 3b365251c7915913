package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.hold;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.seatStatuses;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21's seat rules under contention, on the booking service's own server and database: twenty customers at
 * once fill a row (A1-A6 | aisle | A7-A13, auditorium 813 of the stub, rules on) with holds of one to three seats
 * side by side. Holds two seats apart each pass the rule alone; only the showtime's hold lock keeps them from
 * stranding the seat between them together. Afterwards no free seat stands alone.
 */
@MicroShedTest
class SeatRulesConcurrencyIT {

    private static final int RACERS = 20;
    private static final int SEATS = 13;

    @Test
    void twentyConcurrentHoldsNeverStrandASeat() throws Exception {
        int validations = 0;
        for (int round = 0; round < 4; round++) {
            String showtimeId = scheduled("901", "813", freshDay(), 1000).getString("id");
            Random random = new Random(20261201L + round);
            List<List<Long>> wanted = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int size = 1 + random.nextInt(3);
                int first = 1 + random.nextInt(SEATS - size + 1);
                List<Long> seats = new ArrayList<>();
                for (int n = first; n < first + size; n++) {
                    seats.add(seatId(813, 'A', n));
                }
                wanted.add(seats);
            }
            ExecutorService threads = Executors.newFixedThreadPool(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonObject>> answers = new ArrayList<>();
            try {
                for (List<Long> seats : wanted) {
                    GraphQlHttp customer = user(newUserId());
                    answers.add(threads.submit(() -> {
                        go.await();
                        return hold(customer, showtimeId, seats);
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<JsonObject> answer : answers) {
                    JsonObject response = answer.get(60, TimeUnit.SECONDS);
                    String code = GraphQlHttp.firstErrorCode(response);
                    if (code == null) {
                        won++;
                    } else {
                        assertThat(code).as(response.toString()).isIn("SEAT_UNAVAILABLE", "VALIDATION");
                        validations += "VALIDATION".equals(code) ? 1 : 0;
                    }
                }
                assertThat(won).as("someone wins").isPositive();
            } finally {
                threads.shutdownNow();
            }

            Map<String, String> status = seatStatuses(showtimeId);
            List<String> alone = new ArrayList<>();
            for (int n = 1; n <= SEATS; n++) {
                boolean leftFree = n != 1 && n != 7 && "AVAILABLE".equals(status.get("A" + (n - 1)));
                boolean rightFree = n != 6 && n != SEATS && "AVAILABLE".equals(status.get("A" + (n + 1)));
                if ("AVAILABLE".equals(status.get("A" + n)) && !leftFree && !rightFree) {
                    alone.add("A" + n);
                }
            }
            assertThat(alone).as("seats left on their own in round %d: %s", round, status).isEmpty();
        }
        // the rule was exercised, not just the seat locks
        assertThat(validations).as("holds refused by the seat rules").isPositive();
    }
}
