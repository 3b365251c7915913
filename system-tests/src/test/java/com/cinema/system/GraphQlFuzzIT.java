package com.cinema.system;

import com.cinema.testing.HttpProbe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 generated and mutated GraphQL requests (documents cut, spliced and salted with hostile tokens; variable
 * sets with extreme numbers, deep nesting and secrets) against the gateway and the services: no 5xx, no INTERNAL,
 * no stack trace in any answer. Then every server's logs are read: no canary secret of this class or of
 * EdgeAttacksIT, no OutOfMemoryError, and every server is still ready. Seeded, so a failure replays.
 */
@ExtendWith(PlatformExtension.class)
@Order(61)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphQlFuzzIT {

    private static final String FUZZ_CANARY = "Fuzz-Canary-91c3";
    private static final int REQUESTS = 2000;

    private static final List<String> SEEDS = List.of(
            "{ movies(page: 0, size: 5) { items { id title genres } total } }",
            "{ genres }",
            "{ cinemas(city: \"London\") { id name distanceKm } }",
            "query Q($id: ID!) { movie(id: $id) { title showtimes { id startsAt } } }",
            "query { showtimes(movieId: \"1\") { id movie { title } cinema { name } } }",
            "{ seatMap(showtimeId: \"1\") { rows columns seats { label status priceCents } } }",
            "mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
            "mutation { login(email: \"fuzz@cinema.test\", password: \"" + FUZZ_CANARY + "\") { accessToken } }",
            "mutation { register(input: {email: \"f@x.test\", password: \"" + FUZZ_CANARY + "\", fullName: \"F\"})"
                    + " { accessToken } }",
            "{ cinemas(near: {latitude: 51.5, longitude: -0.1}, radiusKm: 10) { id } }",
            "fragment M on Movie { id title } { movies { items { ...M } } }");
    private static final List<String> TOKENS = List.of("{", "}", "(", ")", "[", "]", "\"", "\\", "$", "...", ":",
            "!", "@include(if: true)", "1e308", "-1e308", "99999999999999999999", "NaN", "null", "__schema",
            "__type(name: \"Movie\")", "mutation", "subscription", "fragment", "#", "\"\"\"", "\u0000", "é", "🎬",
            "a:", "id", "page: 1e30", "size: -1", FUZZ_CANARY);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void twoThousandHostileRequestsGetNoServerErrorNoInternalAndNoStackTrace() throws Exception {
        Random random = new Random(17);
        List<Integer> ports = new ArrayList<>(Platform.PORTS.values());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            // Most requests go to the public gateway; one in four straight to a service.
            int port = random.nextInt(4) == 0 ? ports.get(random.nextInt(ports.size())) : 5000;
            String document = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            String body = random.nextInt(20) == 0 ? document // not even JSON
                    : Json.createObjectBuilder().add("query", document).add("variables", variables(random))
                    .build().toString();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + FUZZ_CANARY)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String problem = problem(response);
            if (problem != null) {
                failures.add("#" + i + " to " + port + ": " + problem + "\n  sent: " + body.replace(FUZZ_CANARY, "…")
                        + "\n  got " + response.statusCode() + ": " + response.body());
            }
        }
        assertThat(failures).as("requests answered badly").isEmpty();
    }

    /** Null when the answer is acceptable for hostile input. */
    private static String problem(HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            return "server error";
        }
        String body = response.body();
        if (body.contains("\tat ") || body.contains("Exception") || body.contains(FUZZ_CANARY)) {
            return "stack trace or echoed secret";
        }
        JsonObject answer;
        try {
            answer = Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            return "not a JSON answer";
        }
        if (answer.containsKey("errors") && answer.get("errors").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonObject error : answer.getJsonArray("errors").getValuesAs(JsonObject.class)) {
                JsonObject extensions = error.getJsonObject("extensions");
                if (extensions == null || !extensions.containsKey("code")) {
                    return "an error without extensions.code";
                }
                if (extensions.getString("code").equals("INTERNAL")) {
                    return "INTERNAL";
                }
            }
        }
        return null;
    }

    private static String mutate(String seed, Random random) {
        StringBuilder document = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(document.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> document.setLength(at); // cut short
                case 1 -> document.delete(at, Math.min(document.length(), at + 1 + random.nextInt(8)));
                case 2 -> document.insert(at, " " + TOKENS.get(random.nextInt(TOKENS.size())) + " ");
                case 3 -> document.insert(at, document.substring(at, Math.min(document.length(), at + random.nextInt(30))));
                default -> {
                    // keep this one intact: valid documents with hostile variables matter too
                }
            }
        }
        return document.toString();
    }

    private static JsonValue variables(Random random) {
        JsonObjectBuilder variables = Json.createObjectBuilder();
        switch (random.nextInt(7)) {
            case 0 -> {
                return JsonValue.NULL;
            }
            case 1 -> variables.add("id", random.nextInt(3) == 0 ? "1e308" : Integer.toString(random.nextInt(50)));
            case 2 -> variables.add("id", 1e308).add("page", -1).add("size", 1e30);
            case 3 -> variables.add("e", "fuzz@cinema.test").add("p", FUZZ_CANARY);
            case 4 -> variables.add("e", JsonValue.NULL).add("p", Json.createArrayBuilder().add(FUZZ_CANARY));
            case 5 -> {
                String deep = "[".repeat(40) + "]".repeat(40);
                variables.add("id", Json.createReader(new StringReader(deep)).readArray());
            }
            default -> variables.add("id", "x".repeat(random.nextInt(2000)));
        }
        return variables.build();
    }

    @Test
    @Order(2)
    void noCanaryAndNoOutOfMemoryErrorInAnyServerLogAndEveryServerReady() throws IOException {
        Platform.MANAGEMENT_PORTS.forEach((name, port) -> assertThat(HttpProbe.get("http://localhost:" + port + "/health/ready")
                .statusCode()).as(name + " ready").isEqualTo(200));
        List<Path> logs = PlatformExtension.platform().serverLogFiles();
        assertThat(logs).anySatisfy(f -> assertThat(f.toString()).contains("gateway").endsWith("messages.log"));
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
            // The token canary also as its decoded claim: a rejection message or an FFDC incident (logs/ffdc is
            // walked too) may quote a token's payload rather than its text.
            for (String secret : List.of(FUZZ_CANARY, EdgeAttacksIT.PASSWORD_CANARY, EdgeAttacksIT.TOKEN_CANARY,
                    EdgeAttacksIT.TOKEN_CANARY_CLAIM, "OutOfMemoryError")) {
                if (text.contains(secret)) {
                    found.add(log + " contains " + (secret.equals("OutOfMemoryError") ? secret : "a canary"));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
