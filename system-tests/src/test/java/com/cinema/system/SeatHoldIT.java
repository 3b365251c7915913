package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers hold seats through the gateway: all or nothing, within the rules, and only ever their own. */
@ExtendWith(PlatformExtension.class)
@Order(31)
class SeatHoldIT {

    static final String HOLD = "mutation($s: ID!, $ids: [String!]!) { holdSeats(showtimeId: $s, seatIds: $ids) { "
            + "id code userId showtimeId status holdExpiresAt subtotalCents totalCents currency "
            + "tickets { seatId seatLabel seatType priceCents } } }";
    static final String RELEASE = "mutation($b: ID!) { releaseHold(bookingId: $b) { id status } }";
    private static final String BOOKING = "query($b: ID!) { booking(id: $b) { id status showtime { id movie { title } } } }";

    private static Fixtures fixtures;
    private static String showtimeId;
    private static List<String> seatIds;

    @BeforeAll
    static void freshShowtime() {
        fixtures = new Fixtures();
        showtimeId = fixtures.freshShowtime(4, 8).getString("id");
        seatIds = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
        assertThat(seatIds).hasSize(32);
    }

    private static JsonObject hold(GraphQlHttp customer, List<String> seats) {
        return customer.post(HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(seats)));
    }

    private static Map<String, String> statusBySeat() {
        return fixtures.seats(showtimeId).stream().collect(Collectors.toMap(s -> s.getString("seatId"), s -> s.getString("status")));
    }

    @Test
    void holdTakesAllSeatsAndATakenSeatIsSeatUnavailableWithNothingHeld() {
        GraphQlHttp first = fixtures.customer();
        JsonObject held = Fixtures.data(hold(first, seatIds.subList(0, 2)), "holdSeats");

        assertThat(held.getString("status")).isEqualTo("HELD");
        assertThat(held.getString("showtimeId")).isEqualTo(showtimeId);
        assertThat(OffsetDateTime.parse(held.getString("holdExpiresAt"))).isAfter(OffsetDateTime.now());
        assertThat(held.getJsonArray("tickets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("seatId")).containsExactlyInAnyOrderElementsOf(seatIds.subList(0, 2));
        assertThat(held.getInt("subtotalCents")).isEqualTo(2 * 1150);
        assertThat(statusBySeat()).containsEntry(seatIds.get(0), "HELD").containsEntry(seatIds.get(1), "HELD")
                .containsEntry(seatIds.get(2), "AVAILABLE");

        JsonObject taken = hold(fixtures.customer(), seatIds.subList(1, 3));
        assertThat(GraphQlHttp.firstErrorCode(taken)).as(taken.toString()).isEqualTo("SEAT_UNAVAILABLE");
        assertThat(statusBySeat()).containsEntry(seatIds.get(2), "AVAILABLE");
    }

    @Test
    void breakingTheRulesIsAValidationErrorNamingSeatIds() {
        GraphQlHttp customer = fixtures.customer();
        JsonObject eleven = hold(customer, seatIds.subList(10, 21));
        assertThat(GraphQlHttp.firstErrorCode(eleven)).as(eleven.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(eleven)).isEqualTo("seatIds");

        JsonObject unknown = hold(customer, List.of(seatIds.get(10), "987654321"));
        assertThat(GraphQlHttp.firstErrorCode(unknown)).as(unknown.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(unknown)).isEqualTo("seatIds");

        String foreignSeat = fixtures.demoAuditorium().getJsonArray("seats").getJsonObject(0).getString("id");
        JsonObject foreign = hold(customer, List.of(seatIds.get(10), foreignSeat));
        assertThat(GraphQlHttp.firstErrorCode(foreign)).as(foreign.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(foreign)).isEqualTo("seatIds");

        assertThat(statusBySeat()).containsEntry(seatIds.get(10), "AVAILABLE");
    }

    @Test
    void holdingNeedsASignedInCustomer() {
        JsonObject response = hold(fixtures.gateway, seatIds.subList(24, 25));
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(statusBySeat()).containsEntry(seatIds.get(24), "AVAILABLE");
    }

    @Test
    void anotherCustomerCanNeitherSeeNorReleaseAHold() {
        GraphQlHttp owner = fixtures.customer();
        GraphQlHttp stranger = fixtures.customer();
        String bookingId = Fixtures.data(hold(owner, seatIds.subList(4, 6)), "holdSeats").getString("id");

        JsonObject own = Fixtures.data(owner.post(BOOKING, Map.of("b", bookingId)), "booking");
        assertThat(own.getJsonObject("showtime").getString("id")).isEqualTo(showtimeId);
        assertThat(own.getJsonObject("showtime").getJsonObject("movie").getString("title")).isNotBlank();

        assertThat(GraphQlHttp.firstErrorCode(stranger.post(BOOKING, Map.of("b", bookingId)))).isEqualTo("NOT_FOUND");
        assertThat(GraphQlHttp.firstErrorCode(stranger.post(RELEASE, Map.of("b", bookingId)))).isEqualTo("NOT_FOUND");
        assertThat(statusBySeat()).containsEntry(seatIds.get(4), "HELD").containsEntry(seatIds.get(5), "HELD");
    }

    @Test
    void myBookingsListsOnlyTheCustomersOwn() {
        GraphQlHttp owner = fixtures.customer();
        String bookingId = Fixtures.data(hold(owner, seatIds.subList(26, 27)), "holdSeats").getString("id");
        JsonObject response = owner.post("{ myBookings { id showtimeId showtime { id } } }");
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        List<JsonObject> mine = response.getJsonObject("data").getJsonArray("myBookings").getValuesAs(JsonObject.class);
        assertThat(mine).extracting(b -> b.getString("id")).containsExactly(bookingId);
        assertThat(mine.get(0).getJsonObject("showtime").getString("id")).isEqualTo(showtimeId);

        JsonObject other = fixtures.customer().post("{ myBookings { id } }");
        assertThat(other.getJsonObject("data").getJsonArray("myBookings")).isEmpty();
    }

    @Test
    void releasingAHoldFreesItsSeatsAtOnce() {
        GraphQlHttp owner = fixtures.customer();
        List<String> mine = new ArrayList<>(seatIds.subList(8, 10));
        String bookingId = Fixtures.data(hold(owner, mine), "holdSeats").getString("id");
        assertThat(statusBySeat()).containsEntry(mine.get(0), "HELD").containsEntry(mine.get(1), "HELD");

        JsonObject released = Fixtures.data(owner.post(RELEASE, Map.of("b", bookingId)), "releaseHold");
        assertThat(released.getString("id")).isEqualTo(bookingId);
        assertThat(released.getString("status")).isNotEqualTo("HELD");
        assertThat(statusBySeat()).containsEntry(mine.get(0), "AVAILABLE").containsEntry(mine.get(1), "AVAILABLE");

        // And someone else can take them now.
        assertThat(Fixtures.data(hold(fixtures.customer(), mine), "holdSeats").getString("status")).isEqualTo("HELD");
    }
}
