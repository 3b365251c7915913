package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The honest fallback of DESIGN.md §6: a booking service (played here) answers two showtimes while the movie and
 * cinema services are down. The showtimes still answer; only movie and cinema are null, each row with an
 * UPSTREAM_UNAVAILABLE error, and each failing service was asked once for the whole list, not once per row.
 */
@MicroShedTest
class ShowtimeReferencesIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final Pattern LOADS = Pattern.compile(
            "^gateway_reference_loads_total\\{[^}]*type=\"(\\w+)\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);
    private static final String SHOWTIMES = "{\"data\":{\"showtimes\":["
            + row("71", "1", "1") + "," + row("72", "2", "2") + "]}}";
    private static final AtomicInteger calls = new AtomicInteger();
    private static HttpServer booking;

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    private static String row(String id, String movieId, String auditoriumId) {
        return "{\"id\":\"" + id + "\",\"movieId\":\"" + movieId + "\",\"cinemaId\":\"5\",\"auditoriumId\":\"" + auditoriumId
                + "\",\"startsAt\":\"2031-05-01T18:00:00Z\",\"endsAt\":\"2031-05-01T20:15:00Z\",\"basePriceCents\":1100,"
                + "\"currency\":\"GBP\",\"availableSeats\":40,\"status\":\"SCHEDULED\"}";
    }

    @BeforeAll
    static void startBookingService() throws IOException {
        booking = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger("absent.booking.service.port")), 0);
        booking.createContext("/graphql", exchange -> {
            calls.incrementAndGet();
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = (request.contains("showtimes(") ? SHOWTIMES
                    : "{\"errors\":[{\"message\":\"not played here\",\"extensions\":{\"code\":\"INTERNAL\"}}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        booking.start();
    }

    @AfterAll
    static void stopBookingService() {
        booking.stop(0);
    }

    private static Map<String, Double> loads() {
        Map<String, Double> loads = new HashMap<>();
        Matcher matcher = LOADS.matcher(HttpProbe.get(BASE + "/metrics").body());
        while (matcher.find()) {
            loads.merge(matcher.group(1), Double.parseDouble(matcher.group(2)), Double::sum);
        }
        return loads;
    }

    @Test
    void showtimesStillAnswerWhenMovieAndCinemaAreDownAndEachIsAskedOnce() {
        Map<String, Double> before = loads();
        Instant start = Instant.now();
        JsonObject response = graphql.post("{ showtimes { id startsAt availableSeats movie { title } cinema { name } } }");
        Duration took = Duration.between(start, Instant.now());
        Map<String, Double> after = loads();

        List<JsonObject> rows = response.getJsonObject("data").getJsonArray("showtimes").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("id")).containsExactly("71", "72");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getInt("availableSeats")).isEqualTo(40);
            assertThat(r.isNull("movie")).isTrue();
            assertThat(r.isNull("cinema")).isTrue();
        });
        List<JsonObject> errors = response.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).hasSize(4).allSatisfy(e ->
                assertThat(e.getJsonObject("extensions").getString("code")).isEqualTo("UPSTREAM_UNAVAILABLE"));
        assertThat(errors).extracting(e -> e.getString("message"))
                .anySatisfy(m -> assertThat(m).contains("movie service"))
                .anySatisfy(m -> assertThat(m).contains("cinema service"));
        assertThat(response.toString()).doesNotContain("Exception");
        // One load per type for both rows: the second row reuses the first one's failure instead of waiting again.
        assertThat(after.getOrDefault("movie", 0.0) - before.getOrDefault("movie", 0.0)).isEqualTo(1.0);
        assertThat(after.getOrDefault("cinema", 0.0) - before.getOrDefault("cinema", 0.0)).isEqualTo(1.0);
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theBookingServiceIsAskedOnceForTheList() {
        int before = calls.get();
        JsonObject response = graphql.post("{ showtimes { id currency } }");
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        assertThat(calls.get() - before).isEqualTo(1);
    }
}
