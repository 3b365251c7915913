package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits of issue #17 that protect the seats and the gateway's threads, through the running platform: one
 * customer holds at most 10 seats of a showtime and 20 across showtimes (CONFLICT saying so, and a release gives
 * room back); one client opens at most 8 seat-event streams (the ninth is 429 with Retry-After). Every server is
 * ready afterwards.
 */
@ExtendWith(PlatformExtension.class)
@Order(62)
class ResilienceIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void oneCustomerHoldsAtMostTenSeatsOfAShowtimeAndTwentyInAll() {
        Fixtures fixtures = new Fixtures();
        GraphQlHttp customer = fixtures.customer();
        List<String> first = seatsOf(fixtures, fixtures.freshShowtime(4, 8).getString("id"));
        List<String> second = seatsOf(fixtures, fixtures.freshShowtime(4, 8).getString("id"));
        List<String> third = seatsOf(fixtures, fixtures.freshShowtime(2, 4).getString("id"));

        JsonObject six = held(hold(customer, first, 0, 6));
        held(hold(customer, first, 6, 10));
        JsonObject eleventh = hold(customer, first, 10, 11);
        assertThat(GraphQlHttp.firstErrorCode(eleventh)).as(eleventh.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(eleventh)).contains("at most 10 seats of one showtime");

        held(hold(customer, second, 0, 10));
        JsonObject twentyFirst = hold(customer, third, 0, 1);
        assertThat(GraphQlHttp.firstErrorCode(twentyFirst)).as(twentyFirst.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(twentyFirst)).contains("at most 20 seats across showtimes");
        assertThat(Fixtures.data(hold(fixtures.customer(), third, 0, 1), "holdSeats").getString("status"))
                .as("another customer is not held up").isEqualTo("HELD");

        JsonObject released = customer.post(SeatHoldIT.RELEASE, Map.of("b", six.getString("id")));
        assertThat(GraphQlHttp.firstError(released)).as(released.toString()).isNull();
        assertThat(held(hold(customer, third, 1, 7)).getString("status")).as("room again after a release")
                .isEqualTo("HELD");
        EdgeAttacksIT.assertEveryServerReady();
    }

    @Test
    void oneClientOpensAtMostEightSeatEventStreams() throws Exception {
        String showtimeId = new Fixtures().freshShowtime(2, 4).getString("id");
        // A client of its own (the platform trusts loopback as a proxy), so other tests' streams do not count.
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(100, 250);
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                HttpResponse<InputStream> stream = stream(showtimeId, client);
                assertThat(stream.statusCode()).as("stream " + (i + 1)).isEqualTo(200);
                open.add(stream.body());
                assertThat(firstLine(stream.body())).as("the stream is open").startsWith(":");
            }
            HttpResponse<InputStream> ninth = stream(showtimeId, client);
            assertThat(ninth.statusCode()).isEqualTo(429);
            assertThat(ninth.headers().firstValue("Retry-After")).isPresent();
            JsonObject body = Json.createReader(new StringReader(new String(ninth.body().readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            assertThat(body.getString("code")).isEqualTo("RATE_LIMITED");
            HttpResponse<InputStream> someoneElse = stream(showtimeId, "203.0.113.9");
            assertThat(someoneElse.statusCode()).as("another client still gets a stream").isEqualTo(200);
            someoneElse.body().close();
        } finally {
            for (InputStream stream : open) {
                stream.close();
            }
        }
        EdgeAttacksIT.assertEveryServerReady();
    }

    private static List<String> seatsOf(Fixtures fixtures, String showtimeId) {
        List<String> ids = new ArrayList<>();
        ids.add(showtimeId);
        fixtures.seats(showtimeId).forEach(seat -> ids.add(seat.getString("seatId")));
        return ids;
    }

    /** Holds seats [from, to) of a showtime given as {@link #seatsOf} (its id first). */
    private static JsonObject hold(GraphQlHttp customer, List<String> showtime, int from, int to) {
        return customer.post(SeatHoldIT.HOLD, Map.of("s", showtime.get(0),
                "ids", Fixtures.list(showtime.subList(1 + from, 1 + to))));
    }

    private static JsonObject held(JsonObject response) {
        JsonObject booking = Fixtures.data(response, "holdSeats");
        assertThat(booking.getString("status")).isEqualTo("HELD");
        return booking;
    }

    private static HttpResponse<InputStream> stream(String showtimeId, String client) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:5000/api/showtimes/" + showtimeId
                        + "/seat-events")).header("Accept", "text/event-stream").header("X-Forwarded-For", client)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static String firstLine(InputStream body) throws java.io.IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isEmpty());
        return line;
    }
}
