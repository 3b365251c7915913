package com.cinema.gateway.it;

import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seat-event streams through the real gateway (issue #17): at most eight per client (the default), the ninth is
 * 429 RATE_LIMITED with Retry-After; {@code 1} and {@code 001} are one showtime to the booking service; a client
 * that goes away gives its place back within seconds. The booking service is a {@link GraphQlStub} on the port
 * {@link BookingGatewayIT} needs absent, hence the resource lock.
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class SeatEventStreamLimitsIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final int PER_CLIENT = 8;
    private static GraphQlStub booking;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startBookingService() {
        booking = GraphQlStub.start(StubPorts.port("absent.booking.service.port", StubPorts.GATEWAY_BOOKING))
                .on("showtime", call -> Json.createObjectBuilder().add("id", "1").add("movieId", "1")
                        .add("cinemaId", "5").add("auditoriumId", "1").add("startsAt", "2031-05-01T18:00:00Z")
                        .add("endsAt", "2031-05-01T20:15:00Z").add("basePriceCents", 1100).add("currency", "GBP")
                        .add("availableSeats", 40).add("status", "SCHEDULED").add("features", Json.createArrayBuilder()).build())
                .on("seatEvents", call -> Json.createObjectBuilder().add("showtimeId", "1").add("lastSequence", 0)
                        .add("events", Json.createArrayBuilder()).build());
    }

    @AfterAll
    static void stopBookingService() {
        booking.close();
    }

    @Test
    void eightStreamsPerClientOneShowtimeForLeadingZerosAndPlacesComeBackWhenClientsGo() throws Exception {
        List<InputStream> open = new ArrayList<>();
        try {
            for (String id : List.of("1", "01", "001", "0001", "1", "01", "001", "0001")) {
                HttpResponse<InputStream> stream = open(id);
                assertThat(stream.statusCode()).as("stream " + open.size()).isEqualTo(200);
                open.add(stream.body());
                // The first comment arrives at once: the stream is open.
                assertThat(firstLine(stream.body())).startsWith(":");
            }
            assertThat(open).hasSize(PER_CLIENT);
            HttpResponse<InputStream> refused = open("1");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            JsonObject body = Json.createReader(new StringReader(new String(refused.body().readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            assertThat(body.getString("code")).isEqualTo("RATE_LIMITED");

            assertThat(booking.calls("seatEvents")).isNotEmpty()
                    .allSatisfy(call -> assertThat(call.variable("showtimeId")).isEqualTo("1"));
        } finally {
            for (InputStream stream : open) {
                stream.close();
            }
        }
        // The clients went away: within a few probe intervals the places are free again.
        Instant deadline = Instant.now().plusSeconds(20);
        int status;
        do {
            Thread.sleep(500);
            HttpResponse<InputStream> again = open("1");
            status = again.statusCode();
            again.body().close();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("a place given back after the clients left").isEqualTo(200);
    }

    private static String firstLine(InputStream body) throws java.io.IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isEmpty());
        return line;
    }

    private HttpResponse<InputStream> open(String showtimeId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/showtimes/" + showtimeId + "/seat-events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(15)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }
}
