package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live seat map: {@code GET /api/showtimes/{id}/seat-events} streams every seat change made by anyone, within
 * two seconds, and a reconnecting client resumes after its last event.
 */
@ExtendWith(PlatformExtension.class)
@Order(33)
class SeatEventsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private static Fixtures fixtures;

    // Each test has a showtime of its own: a new stream starts from the last *settled* change, so another test's
    // change of the last second would otherwise show up in it.
    private String showtimeId;
    private List<JsonObject> seats;

    @BeforeAll
    static void fixtures() {
        fixtures = new Fixtures();
    }

    private static String gateway() {
        return PlatformExtension.platform().gatewayUrl();
    }

    @BeforeEach
    void freshShowtime() {
        showtimeId = fixtures.freshShowtime(3, 6).getString("id");
        seats = fixtures.seats(showtimeId);
    }

    @Test
    void holdsAndReleasesByAnotherClientArriveWithinTwoSecondsAndAStreamResumes() throws Exception {
        List<String> mine = List.of(seats.get(3).getString("seatId"), seats.get(4).getString("seatId"));
        SeatEventStream.Event lastOfFirstStream;
        try (SeatEventStream stream = new SeatEventStream(gateway(), showtimeId)) {
            GraphQlHttp customer = fixtures.customer();
            String bookingId = Fixtures.data(customer.post(SeatHoldIT.HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(mine))),
                    "holdSeats").getString("id");

            List<SeatEventStream.Event> held = stream.take(2, WITHIN);
            assertThat(held).as("HELD events within " + WITHIN).hasSize(2);
            for (SeatEventStream.Event event : held) {
                assertThat(event.name()).isEqualTo("seat");
                assertThat(event.data().getString("status")).isEqualTo("HELD");
                assertThat(event.id()).isEqualTo(String.valueOf(event.data().getInt("sequence")));
            }
            assertThat(held).extracting(e -> e.data().getString("seatId")).containsExactlyInAnyOrderElementsOf(mine);
            assertThat(held).extracting(e -> e.data().getString("label"))
                    .containsExactlyInAnyOrder(seats.get(3).getString("label"), seats.get(4).getString("label"));
            assertThat(held.get(1).data().getInt("sequence")).isGreaterThan(held.get(0).data().getInt("sequence"));

            Fixtures.data(customer.post(SeatHoldIT.RELEASE, Map.of("b", bookingId)), "releaseHold");
            List<SeatEventStream.Event> released = stream.take(2, WITHIN);
            assertThat(released).as("AVAILABLE events within " + WITHIN).hasSize(2);
            assertThat(released).extracting(e -> e.data().getString("status")).containsOnly("AVAILABLE");
            assertThat(released).extracting(e -> e.data().getString("seatId")).containsExactlyInAnyOrderElementsOf(mine);
            lastOfFirstStream = held.get(0);
        }

        // Reconnecting with Last-Event-ID = the first HELD event: the three later events come again, nothing before.
        try (SeatEventStream resumed = new SeatEventStream(gateway(), showtimeId, lastOfFirstStream.id())) {
            List<SeatEventStream.Event> replay = resumed.take(3, Duration.ofSeconds(3));
            assertThat(replay).hasSize(3);
            assertThat(replay).extracting(e -> e.data().getString("status")).containsExactly("HELD", "AVAILABLE", "AVAILABLE");
            assertThat(replay).allSatisfy(e ->
                    assertThat(e.data().getInt("sequence")).isGreaterThan(Integer.parseInt(lastOfFirstStream.id())));
        }
    }

    @Test
    void aNewStreamStartsFromNow() throws Exception {
        String seat = seats.get(10).getString("seatId");
        GraphQlHttp customer = fixtures.customer();
        String bookingId = Fixtures.data(customer.post(SeatHoldIT.HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(List.of(seat)))),
                "holdSeats").getString("id");
        // The booking service publishes a change once it has settled (cinema.booking.seat-events.settle-time, 1 s).
        Thread.sleep(1500);
        try (SeatEventStream stream = new SeatEventStream(gateway(), showtimeId)) {
            assertThat(stream.take(1, Duration.ofSeconds(1))).as("no history for a new stream").isEmpty();
            Fixtures.data(customer.post(SeatHoldIT.RELEASE, Map.of("b", bookingId)), "releaseHold");
            List<SeatEventStream.Event> events = stream.take(1, WITHIN);
            assertThat(events).hasSize(1);
            assertThat(events.get(0).data().getString("seatId")).isEqualTo(seat);
            assertThat(events.get(0).data().getString("status")).isEqualTo("AVAILABLE");
        }
    }

    @Test
    void anUnknownShowtimeIsA404WithNotFound() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PlatformExtension.platform().gatewayUrl() + "/api/showtimes/987654321/seat-events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.createReader(new StringReader(response.body())).readObject().getString("code")).isEqualTo("NOT_FOUND");
    }
}
