package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following requests through the platform (docs/architecture.md, "Observability"). The system-test platform writes
 * every span to its server's log (OTEL_TRACES_EXPORTER=logging, set in Platform.environment()), so the logs show
 * which server took part in a trace. (The gateway's circuit breaker and readiness during an outage: PlatformIT, which
 * stops and starts servers anyway.)
 */
@ExtendWith(PlatformExtension.class)
@Order(70)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @Order(1)
    void oneCheckoutThroughTheGatewayIsOneTraceInTheGatewayBookingAndPaymentLogs() throws Exception {
        Fixtures fixtures = new Fixtures();
        String showtimeId = fixtures.freshShowtime(1, 2).getString("id");
        String seatId = fixtures.seats(showtimeId).get(0).getString("seatId");
        GraphQlHttp customer = fixtures.customer();
        String bookingId = CheckoutIT.hold(customer, showtimeId, List.of(seatId)).getString("id");

        // The caller starts the trace (as a browser's or an ingress' tracer would), so the test knows its id.
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String body = Json.createObjectBuilder().add("query", CheckoutIT.CHECKOUT)
                .add("variables", Json.createObjectBuilder().add("b", bookingId)
                        .add("p", CheckoutIT.card(CheckoutIT.GOOD_CARD)).add("k", UUID.randomUUID().toString()))
                .build().toString();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PlatformExtension.platform().gatewayUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", customer.authorization())
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject checkout = GraphQlHttp.dataWithoutErrors(
                Json.createReader(new StringReader(answer.body())).readObject()).getJsonObject("checkout");
        assertThat(checkout.getString("status")).isEqualTo("CONFIRMED");

        // Each server's span of this trace: its own server span for POST /graphql (the batch exporter writes
        // within a fraction of a second; allow for a loaded machine).
        Map<String, String> spans = Map.of("gateway", "", "booking", "", "payment", "");
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> missing;
        do {
            missing = spans.keySet().stream().filter(server -> serverSpanLine(server, traceId) == null).toList();
            if (!missing.isEmpty()) {
                Thread.sleep(250);
            }
        } while (!missing.isEmpty() && Instant.now().isBefore(deadline));
        assertThat(missing).as("servers without a span of trace " + traceId).isEmpty();
        for (String server : spans.keySet()) {
            assertThat(serverSpanLine(server, traceId)).as(server).contains("SERVER");
        }
        // Database calls are in the trace: the booking service's statements are CLIENT spans of the same trace
        // (platform-persistence DatabaseSpans), e.g. 'SELECT booking' or 'UPDATE booking'.
        assertThat(spanLines("booking", traceId)).as("database spans of the booking service in trace " + traceId)
                .anySatisfy(line -> assertThat(line).containsPattern("'(SELECT|UPDATE|INSERT) booking' : " + traceId)
                        .contains("CLIENT").contains("com.cinema.persistence"));
    }

    @Test
    @Order(2)
    void aStaffActionWritesOneAuditLineWithWhoWhatAndTheResult() throws Exception {
        Fixtures fixtures = new Fixtures();
        String missing = String.valueOf(ThreadLocalRandom.current().nextLong(900_000_000L, 999_999_999L));
        JsonObject response = fixtures.admin.post("mutation($id: ID!) { deleteMovie(id: $id) }", Map.of("id", missing));
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("NOT_FOUND");

        Path log = PlatformExtension.platform().root().resolve("target/liberty/wlp/usr/servers/movie/logs/messages.log");
        Instant deadline = Instant.now().plusSeconds(10);
        List<String> lines;
        do {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("action=movie.delete target=movie/" + missing + " ")).toList();
        } while (lines.isEmpty() && Instant.now().isBefore(deadline));
        assertThat(lines).singleElement().asString().contains("AUDIT at=20").containsPattern("actor=staff:\\d+")
                .endsWith("result=NOT_FOUND");
    }

    @Test
    @Order(3)
    void oneRequestsTraceIdIsOnTheJsonLogLinesOfTheGatewayAndTheBookingService() throws Exception {
        Fixtures fixtures = new Fixtures();
        String showtimeId = fixtures.freshShowtime(1, 2).getString("id");
        String seatId = fixtures.seats(showtimeId).get(1).getString("seatId");
        GraphQlHttp customer = fixtures.customer();

        // A hold goes through the gateway to the booking service; the caller starts the trace.
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String body = Json.createObjectBuilder().add("query", SeatHoldIT.HOLD)
                .add("variables", Json.createObjectBuilder().add("s", showtimeId).add("ids", Json.createArrayBuilder().add(seatId)))
                .build().toString();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PlatformExtension.platform().gatewayUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", customer.authorization())
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        GraphQlHttp.dataWithoutErrors(Json.createReader(new StringReader(answer.body())).readObject());

        // The system-test platform logs JSON on the console and one line per request (Platform.environment()).
        for (String server : List.of("gateway", "booking")) {
            List<JsonObject> lines = List.of();
            Instant deadline = Instant.now().plusSeconds(20);
            while (lines.isEmpty() && Instant.now().isBefore(deadline)) {
                lines = jsonLinesOfTrace(server, traceId);
                if (lines.isEmpty()) {
                    Thread.sleep(250);
                }
            }
            assertThat(lines).as(server + " JSON log lines with ext_traceId " + traceId).isNotEmpty();
            assertThat(lines).as(server).anySatisfy(line -> {
                assertThat(line.getString("message")).startsWith("request: POST /graphql 200");
                assertThat(line.getString("ext_spanId")).matches("[0-9a-f]{16}");
            });
        }
    }

    @Test
    @Order(4)
    void everyServerReportsItsDemoDataAtStartUp() {
        // ./cinema start loads demo data; each server that has some says so at /health/started.
        Map<String, String> loaders = Map.of("user", "demo-accounts", "movie", "demo-catalogue", "cinema", "demo-estate",
                "booking", "demo-schedule", "payment", "demo-gift-cards", "coupon", "demo-coupons");
        Platform.MANAGEMENT_PORTS.forEach((server, port) -> {
            HttpResponse<String> started = HttpProbe.get("http://localhost:" + port + "/health/started");
            assertThat(started.statusCode()).as(server + " " + started.body()).isEqualTo(200);
            JsonObject demo = Json.createReader(new StringReader(started.body())).readObject().getJsonArray("checks")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("demo-data"))
                    .findFirst().orElseThrow(() -> new AssertionError(server + " has no demo-data check: " + started.body()));
            assertThat(demo.getString("status")).as(server).isEqualTo("UP");
            if (loaders.containsKey(server)) {
                assertThat(demo.getJsonObject("data").getString(loaders.get(server))).as(server).startsWith("done");
            } else {
                assertThat(demo.getJsonObject("data").getString("loaders")).as(server).isEqualTo("none in this service");
            }
        });
    }

    /** How often the gateway's movie client circuits have opened so far (all methods). */
    /** The server's own span of the trace for {@code POST /graphql} (its database spans share the trace id). */
    private static String serverSpanLine(String server, String traceId) {
        return spanLines(server, traceId).stream().filter(line -> line.contains("'POST /graphql' : " + traceId))
                .findFirst().orElse(null);
    }

    /** Every span line of the trace in the server's log (the logging exporter writes one line per span). */
    static List<String> spanLines(String server, String traceId) {
        Path log = PlatformExtension.platform().root()
                .resolve("target/liberty/wlp/usr/servers/" + server + "/logs/messages.log");
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("' : " + traceId)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The server's JSON console lines (logs/console.log) that carry this trace id. */
    private static List<JsonObject> jsonLinesOfTrace(String server, String traceId) {
        Path log = PlatformExtension.platform().root()
                .resolve("target/liberty/wlp/usr/servers/" + server + "/logs/console.log");
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("{") && line.contains(traceId))
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .filter(json -> traceId.equals(json.getString("ext_traceId", null)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero (an invalid W3C id)
        return bytes;
    }
}
