package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.MetricsScrape;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The honest fallback of docs/architecture.md ("Calls between services"): a booking service (a {@link GraphQlStub})
 * answers two showtimes while the movie and cinema services are down. The showtimes still answer; only movie and
 * cinema are null, each row with an UPSTREAM_UNAVAILABLE error, and each failing service was asked once for the
 * whole list, not once per row. The booking stub's port is the test server's booking URL, which
 * {@link BookingGatewayIT} needs absent: the resource lock keeps the two classes apart.
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class ShowtimeReferencesIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final String LOADS = "gateway_reference_loads_total";
    private static final String CINEMA_DOWN = "The cinema service is unavailable right now; please try again shortly";
    /** The booking stub's seat maps: true while it plays a booking service whose cinema service is down. */
    private static final AtomicBoolean cinemaServiceDown = new AtomicBoolean();
    private static GraphQlStub booking;

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    @BeforeAll
    static void startBookingService() {
        booking = GraphQlStub.start(StubPorts.port("absent.booking.service.port", StubPorts.GATEWAY_BOOKING))
                .on("showtimes", call -> Json.createArrayBuilder().add(row("71", "1", "1")).add(row("72", "2", "2")).build())
                .on("showtimesOf", call -> Json.createArrayBuilder().add(row("71", "1", "1")).add(row("72", "2", "2"))
                        .add(row("73", "1", "5", "7")).build())
                .on("packedSeatMap", call -> {
                    if (cinemaServiceDown.get()) {
                        throw new GraphQlStub.ErrorAnswer("UPSTREAM_UNAVAILABLE", CINEMA_DOWN);
                    }
                    return Json.createValue(Json.createObjectBuilder().add("showtimeId", call.variable("showtimeId"))
                            .add("rows", 1).add("columns", 1).add("seats", Json.createArrayBuilder().add(
                                    Json.createObjectBuilder().add("seatId", "9001").add("label", "A1").add("row", "A")
                                            .add("number", 1).add("x", 0).add("y", 0).add("type", "STANDARD")
                                            .add("status", "AVAILABLE").add("priceCents", 1100)))
                            .build().toString());
                });
    }

    @AfterAll
    static void stopBookingService() {
        booking.close();
    }

    private static JsonObject row(String id, String movieId, String auditoriumId) {
        return row(id, movieId, auditoriumId, "5");
    }

    private static JsonObject row(String id, String movieId, String auditoriumId, String cinemaId) {
        return Json.createObjectBuilder().add("id", id).add("movieId", movieId).add("cinemaId", cinemaId)
                .add("auditoriumId", auditoriumId).add("startsAt", "2031-05-01T18:00:00Z")
                .add("endsAt", "2031-05-01T20:15:00Z").add("basePriceCents", 1100).add("currency", "GBP")
                .add("availableSeats", 40).add("status", "SCHEDULED").add("features", Json.createArrayBuilder()).build();
    }

    @Test
    void showtimesStillAnswerWhenMovieAndCinemaAreDownAndEachIsAskedOnce() {
        Map<String, Double> before = MetricsScrape.of(GatewayManagement.URL).byLabel(LOADS, "type");
        Instant start = Instant.now();
        JsonObject response = graphql.post("{ showtimes { id startsAt availableSeats movie { title } cinema { name } } }");
        Duration took = Duration.between(start, Instant.now());
        Map<String, Double> after = MetricsScrape.of(GatewayManagement.URL).byLabel(LOADS, "type");

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
        booking.clearCalls();
        JsonObject response = graphql.post("{ showtimes { id currency } }");
        assertThat(GraphQlHttp.dataWithoutErrors(response).getJsonArray("showtimes")).hasSize(2);
        // A seat-event poller of another test may call seatEvents meanwhile: only this query's operations count.
        assertThat(booking.calls()).extracting(GraphQlStub.Call::operation)
                .filteredOn(operation -> !operation.equals("seatEvents")).containsExactly("showtimes");
    }

    /**
     * A booking service that answers UPSTREAM_UNAVAILABLE (its cinema service is down) has answered: the gateway
     * passes the error on naming the cinema service, does not send the read again, and its circuit breaker in front
     * of the booking service stays closed, so the first seat map after the cinema service is back is served. Before,
     * the gateway counted those answers against the booking service: a cinema outage opened the breaker and kept
     * every seat map failing for its delay after the outage (issue #16's holds run, docs/performance.md).
     */
    @Test
    void aBookingServiceReportingItsCinemaServiceDownIsNotCountedAgainstIt() {
        String seatMap = "query($s: ID!) { seatMap(showtimeId: $s) { showtimeId seats { seatId status } } }";
        booking.clearCalls();
        double unavailableBefore = seatMapCalls("unavailable");
        double failedBefore = seatMapCalls("failure");
        cinemaServiceDown.set(true);
        try {
            // More than the breaker's request volume threshold (10) at a failure ratio of 1.
            for (int i = 0; i < 12; i++) {
                JsonObject refused = graphql.post(seatMap, Map.of("s", "71"));
                assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
                assertThat(GraphQlHttp.firstErrorMessage(refused)).isEqualTo(CINEMA_DOWN);
            }
        } finally {
            cinemaServiceDown.set(false);
        }
        assertThat(booking.calls("packedSeatMap")).as("each answer taken as given, none asked again").hasSize(12);
        // Observed apart from the booking service's own failures, which its alert counts.
        assertThat(seatMapCalls("unavailable") - unavailableBefore).isEqualTo(12.0);
        assertThat(seatMapCalls("failure") - failedBefore).isZero();

        JsonObject served = graphql.post(seatMap, Map.of("s", "71"));
        JsonObject map = GraphQlHttp.dataWithoutErrors(served).getJsonObject("seatMap");
        assertThat(map.getString("showtimeId")).isEqualTo("71");
        assertThat(map.getJsonArray("seats").getJsonObject(0).getString("status")).isEqualTo("AVAILABLE");
    }

    private static double seatMapCalls(String outcome) {
        return MetricsScrape.of(GatewayManagement.URL).value("downstream_call_duration_seconds_count",
                labels -> labels.contains("service=\"booking\"") && labels.contains("operation=\"seatMap\"")
                        && labels.contains("outcome=\"" + outcome + "\""));
    }

    /**
     * {@code Cinema.showtimes} on a list of three cinemas (a cinema-service stub on the port that is otherwise
     * absent, only during this test) costs one booking call naming all three, and each cinema gets its own rows.
     */
    @Test
    void showtimesOfAListOfCinemasAreOneBookingCall() {
        try (GraphQlStub cinemaService = GraphQlStub.start(StubPorts.GATEWAY_CINEMA).on("cinemas", call ->
                Json.createArrayBuilder().add(cinema("5")).add(cinema("6")).add(cinema("7")).build())) {
            booking.clearCalls();
            Map<String, Double> before = MetricsScrape.of(GatewayManagement.URL).byLabel(LOADS, "type");
            JsonObject response = graphql.post("{ cinemas { id showtimes { id cinemaId } } }");
            Map<String, Double> after = MetricsScrape.of(GatewayManagement.URL).byLabel(LOADS, "type");

            List<JsonObject> cinemas = GraphQlHttp.dataWithoutErrors(response).getJsonArray("cinemas")
                    .getValuesAs(JsonObject.class);
            assertThat(cinemas).extracting(c -> c.getString("id")).containsExactly("5", "6", "7");
            assertThat(cinemas).extracting(c -> c.getJsonArray("showtimes").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("id")).toList())
                    .containsExactly(List.of("71", "72"), List.of(), List.of("73"));
            // Only the operations of this query: a seat-event poller of another test may call seatEvents meanwhile.
            assertThat(booking.calls("showtimes")).isEmpty();
            assertThat(booking.calls("showtimesOf")).hasSize(1);
            assertThat(booking.calls("showtimesOf").get(0).variables().getJsonArray("cinemaIds").getValuesAs(
                    jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                    .containsExactly("5", "6", "7");
            assertThat(after.getOrDefault("cinema_showtimes", 0.0) - before.getOrDefault("cinema_showtimes", 0.0))
                    .isEqualTo(1.0);
        }
    }

    private static JsonObject cinema(String id) {
        return Json.createObjectBuilder().add("id", id).add("name", "Cinema " + id).add("address", "1 High St")
                .add("city", "London").add("latitude", 51.5).add("longitude", -0.1).add("timeZone", "Europe/London")
                .add("facilities", Json.createArrayBuilder()).build();
    }
}
