package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
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
 * the offered entries, and the hold sweeper closes entries still waiting when the showtime starts. On the booking
 * service's own server and database, so the SQL of both runs on H2 and MySQL/MariaDB.
 */
@MicroShedTest
class WaitlistClosingIT {

    @Test
    void cancellingAShowtimeClosesItsWaitingAndOfferedEntriesAndReleasesTheOffer() {
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
        GraphQlHttp first = user(newUserId());
        GraphQlHttp second = user(newUserId());
        assertThat(GraphQlHttp.dataWithoutErrors(join(first, showtimeId, 2)).getJsonObject("joinWaitlist")
                .getString("status")).isEqualTo("WAITING");
        assertThat(GraphQlHttp.dataWithoutErrors(join(second, showtimeId, 2)).getJsonObject("joinWaitlist")
                .getString("status")).isEqualTo("WAITING");
        // A1 and A2 come free: they are offered to the first entry at once (a 20 s offer here).
        GraphQlHttp.dataWithoutErrors(holders.get(0).post("mutation($b: ID!) { releaseHold(bookingId: $b) { id } }",
                Map.of("b", holds.get(0))));
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
    }

    @Test
    void anEntryStillWaitingWhenItsShowtimeStartsIsClosed() {
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
        return mine.get(0);
    }
}
