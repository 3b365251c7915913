package com.cinema.booking.it;

import com.cinema.testing.AllAtOnce;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.hold;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.seatStatuses;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Releases of one showtime at once, while other customers hold its other seats (issue #16's MariaDB benchmark found
 * two releases deadlocking on the showtime's hold lock: each release's status change took a shared lock on the
 * showtime row, through the booking's foreign key, before both asked for that row exclusively). Every release
 * must end CANCELLED with its seat AVAILABLE, every hold of a free seat must succeed, and nobody sees an error.
 */
@MicroShedTest
class ReleaseConcurrencyIT {

    private static final String RELEASE = "mutation($id: ID!) { releaseHold(bookingId: $id) { id status } }";

    @Test
    void releasesAndHoldsOfOneShowtimeAtOnceAllSucceed() throws Exception {
        String showtimeId = scheduled("901", "811", freshDay(), 1000).getString("id");
        // Rows B, C and E1-E4 are held first, one seat per customer, and released all at once; E5-E10 and row F
        // are held by new customers meanwhile. Rows A and D (wheelchair, couple seats) are left alone.
        List<String> releasedLabels = new ArrayList<>();
        List<Long> releasedSeats = new ArrayList<>();
        for (char row : new char[] {'B', 'C'}) {
            for (int n = 1; n <= 10; n++) {
                releasedSeats.add(seatId(811, row, n));
                releasedLabels.add("" + row + n);
            }
        }
        for (int n = 1; n <= 4; n++) {
            releasedSeats.add(seatId(811, 'E', n));
            releasedLabels.add("E" + n);
        }
        List<Long> newSeats = new ArrayList<>();
        List<String> newLabels = new ArrayList<>();
        for (int n = 5; n <= 10; n++) {
            newSeats.add(seatId(811, 'E', n));
            newLabels.add("E" + n);
        }
        for (int n = 1; n <= 10; n++) {
            newSeats.add(seatId(811, 'F', n));
            newLabels.add("F" + n);
        }

        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (Long seat : releasedSeats) {
            GraphQlHttp owner = user(newUserId());
            String bookingId = held(owner, showtimeId, List.of(seat)).getString("id");
            calls.add(() -> owner.post(RELEASE, Map.of("id", bookingId)));
        }
        for (Long seat : newSeats) {
            GraphQlHttp customer = user(newUserId());
            calls.add(() -> hold(customer, showtimeId, List.of(seat)));
        }

        List<JsonObject> responses = AllAtOnce.run(calls);

        for (int i = 0; i < releasedSeats.size(); i++) {
            JsonObject response = responses.get(i);
            assertThat(response.containsKey("errors")).as("release of " + releasedLabels.get(i) + ": " + response).isFalse();
            assertThat(response.getJsonObject("data").getJsonObject("releaseHold").getString("status")).isEqualTo("CANCELLED");
        }
        for (int i = 0; i < newSeats.size(); i++) {
            JsonObject response = responses.get(releasedSeats.size() + i);
            assertThat(response.containsKey("errors")).as("hold of " + newLabels.get(i) + ": " + response).isFalse();
        }
        Map<String, String> map = seatStatuses(showtimeId);
        releasedLabels.forEach(label -> assertThat(map.get(label)).as(label).isEqualTo("AVAILABLE"));
        newLabels.forEach(label -> assertThat(map.get(label)).as(label).isEqualTo("HELD"));
    }
}
