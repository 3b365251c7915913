package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of issue #17 that the edge answers, sent to the running platform: oversized, malformed, batched and
 * XML bodies to every server; introspection and schema download on every server; alias floods, deep and costly
 * queries and out-of-range numbers at the gateway; a stranger hammering one account. Each gets its documented
 * answer, and every server stays ready. (GraphQlFuzzIT follows and scans every log for the canaries sent here.)
 */
@ExtendWith(PlatformExtension.class)
@Order(60)
class EdgeAttacksIT {

    /** Secrets sent through every refused path; GraphQlFuzzIT checks that no server log contains them. */
    static final String PASSWORD_CANARY = "Canary-Pw-5e1d";
    static final String TOKEN_CANARY = "eyJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiJ0b2tlbi03YjQ5In0.c2lnbmF0dXJl";
    /** The value of TOKEN_CANARY's one claim ({"canary":"token-7b49"}), as a log quoting the decoded payload has it. */
    static final String TOKEN_CANARY_CLAIM = "token-7b49";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> post(int port, String contentType, HttpRequest.BodyPublisher body,
                                     Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType).POST(body);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject firstError(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("errors")
                .getJsonObject(0);
    }

    static void assertEveryServerReady() {
        Platform.MANAGEMENT_PORTS.forEach((name, port) -> assertThat(HttpProbe.get("http://localhost:" + port + "/health/ready")
                .statusCode()).as(name + " ready").isEqualTo(200));
    }

    private static String code(HttpResponse<String> response) {
        return firstError(response).getJsonObject("extensions").getString("code");
    }

    @Test
    void tenMebibytesToEveryServerAre413AndNobodyRunsOutOfMemory() throws Exception {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) '[');
        for (var server : Platform.PORTS.entrySet()) {
            try {
                HttpResponse<String> response = post(server.getValue(), "application/json",
                        HttpRequest.BodyPublishers.ofByteArray(huge), Map.of());
                assertThat(response.statusCode()).as(server.getKey()).isEqualTo(413);
                assertThat(code(response)).isEqualTo("VALIDATION");
            } catch (IOException closedBeforeTheBodyWasSent) {
                // The server answered and closed while the client was still sending: refused all the same.
            }
        }
        assertEveryServerReady();
    }

    @Test
    void malformedBatchedAndXmlBodiesGetTheirStatusOnEveryServer() throws Exception {
        String broken = "{\"query\":\"mutation { login(email: \\\"a@b.c\\\", password: \\\"" + PASSWORD_CANARY + "\\\"";
        for (var server : Platform.PORTS.entrySet()) {
            int port = server.getValue();
            HttpResponse<String> malformed = post(port, "application/json", HttpRequest.BodyPublishers.ofString(broken),
                    Map.of("Authorization", "Bearer " + TOKEN_CANARY));
            assertThat(malformed.statusCode()).as(server.getKey()).isEqualTo(400);
            assertThat(code(malformed)).isEqualTo("VALIDATION");
            assertThat(malformed.body()).doesNotContain(PASSWORD_CANARY).doesNotContain("\tat ");

            HttpResponse<String> batch = post(port, "application/json",
                    HttpRequest.BodyPublishers.ofString("[{\"query\":\"{ __typename }\"}]"), Map.of());
            assertThat(batch.statusCode()).as(server.getKey()).isEqualTo(400);

            HttpResponse<String> xml = post(port, "application/xml",
                    HttpRequest.BodyPublishers.ofString("<query>{ __typename }</query>"), Map.of());
            assertThat(xml.statusCode()).as(server.getKey()).isEqualTo(415);
            assertThat(code(xml)).isEqualTo("VALIDATION");
        }
        assertEveryServerReady();
    }

    @Test
    void introspectionAndSchemaDownloadAreOffOnEveryServer() {
        Platform.PORTS.forEach((name, port) -> {
            JsonObject answer = new GraphQlHttp("http://localhost:" + port).post("{ __schema { types { name } } }");
            assertThat(GraphQlHttp.firstErrorCode(answer)).as(name).isEqualTo("VALIDATION");
            assertThat(GraphQlHttp.firstErrorMessage(answer)).contains("introspection is disabled");
            assertThat(HttpProbe.get("http://localhost:" + port + "/graphql/schema.graphql").statusCode()).as(name)
                    .isEqualTo(404);
            // Plain queries still work.
            assertThat(new GraphQlHttp("http://localhost:" + port).post("{ __typename }")
                    .getJsonObject("data").getString("__typename")).isEqualTo("Query");
        });
    }

    @Test
    void costlyQueriesAreRefusedBeforeAnythingRuns() {
        GraphQlHttp gateway = new GraphQlHttp("http://localhost:5000");
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            aliases.append(" g").append(i).append(": genres");
        }
        JsonObject flood = gateway.post(aliases.append(" }").toString());
        assertThat(GraphQlHttp.firstErrorCode(flood)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorMessage(flood)).contains("cinema.edge.graphql.max-aliases");

        String deep = "{ movies { items { " + "showtimes { movie { ".repeat(50) + "id" + " } }".repeat(50) + " } } }";
        JsonObject tooDeep = gateway.post(deep);
        assertThat(GraphQlHttp.firstErrorCode(tooDeep)).isEqualTo("VALIDATION");
        // Depth 100 through lists passes the cost limit first; either way a named limit, nothing run.
        assertThat(GraphQlHttp.firstErrorMessage(tooDeep)).containsAnyOf("cinema.edge.graphql.max-depth",
                "cinema.edge.graphql.max-cost");

        JsonObject costly = gateway.post("{ movies(size: 100) { items { showtimes { movie { showtimes { id } } } } } }");
        assertThat(GraphQlHttp.firstErrorCode(costly)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorMessage(costly)).contains("cinema.edge.graphql.max-cost");
        assertEveryServerReady();
    }

    @Test
    void outOfRangeNumbersAreValidationErrorsNamingTheFieldNeverInternal() {
        GraphQlHttp gateway = new GraphQlHttp("http://localhost:5000");
        JsonObject page = gateway.post("{ movies(page: 1e30) { total } }");
        assertThat(GraphQlHttp.firstErrorCode(page)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorMessage(page)).startsWith("page:");

        for (int i = 0; i < 6; i++) {
            JsonObject radius = gateway.post(
                    "{ cinemas(near: {latitude: 51.5, longitude: -0.12}, radiusKm: 1e308) { id } }");
            assertThat(GraphQlHttp.firstErrorCode(radius)).isEqualTo("VALIDATION");
            assertThat(GraphQlHttp.firstErrorMessage(radius)).contains("radiusKm");
        }
        JsonObject latitude = gateway.post("{ cinemas(near: {latitude: 1e308, longitude: 0}) { id } }");
        assertThat(GraphQlHttp.firstErrorCode(latitude)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorMessage(latitude)).contains("latitude");
        // The caller's bad input never opened the cinema circuit for everyone else.
        JsonObject cinemas = gateway.post("{ cinemas { id } }");
        assertThat(cinemas.containsKey("errors")).as(cinemas.toString()).isFalse();
    }

    @Test
    void aStrangerHammeringOneAccountIsRateLimitedWithRetryAfter() throws Exception {
        String victim = "edge-victim-" + UUID.randomUUID() + "@cinema.test";
        String login = Json.createObjectBuilder()
                .add("query", "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }")
                .add("variables", Json.createObjectBuilder().add("e", victim).add("p", PASSWORD_CANARY))
                .build().toString();
        // The platform's test settings (Platform) allow 100 sign-ins a minute per address and account, refilled
        // evenly: the whole budget is usable, and the refusal comes soon after it (the bucket refills meanwhile).
        Map<String, String> stranger = Map.of("X-Forwarded-For", "198.51.100.23");
        HttpResponse<String> last = null;
        int sent = 0;
        while (sent < 200 && (last == null || last.statusCode() != 429)) {
            last = post(5000, "application/json", HttpRequest.BodyPublishers.ofString(login), stranger);
            sent++;
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(sent).as("sign-ins before the refusal").isGreaterThan(100);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(code(last)).isEqualTo("RATE_LIMITED");
        // The same account from another address still reaches the user service (which answers for itself).
        HttpResponse<String> owner = post(5000, "application/json", HttpRequest.BodyPublishers.ofString(login),
                Map.of("X-Forwarded-For", "203.0.113.5"));
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(code(owner)).isNotEqualTo("INTERNAL");
        assertEveryServerReady();
    }

    @Test
    void aStrangersFailedSignInsHoldUpTheStrangerNeverTheOwnerSigningInFromElsewhere() throws Exception {
        String victim = "edge-owner-" + UUID.randomUUID() + "@cinema.test";
        String password = "Popcorn-And-Films-1";
        HttpResponse<String> registered = post(5000, "application/json", HttpRequest.BodyPublishers.ofString(
                Json.createObjectBuilder().add("query", "mutation($in: RegisterInput!) { register(input: $in) "
                                + "{ accessToken } }")
                        .add("variables", Json.createObjectBuilder().add("in", Json.createObjectBuilder()
                                .add("email", victim).add("password", password).add("fullName", "Olive Owner")))
                        .build().toString()), Map.of("X-Forwarded-For", "203.0.113.77"));
        assertThat(registered.body()).contains("accessToken").doesNotContain("errors");
        // The gateway lets 100 sign-ins a minute through per address and account in the test settings (Platform), so
        // these reach the user service, which throttles by the address the gateway vouches for.
        Map<String, String> stranger = Map.of("X-Forwarded-For", "198.51.100.61");
        for (int i = 0; i < 5; i++) {
            assertThat(code(post(5000, "application/json", login(victim, PASSWORD_CANARY + i), stranger)))
                    .isEqualTo("UNAUTHENTICATED");
        }

        HttpResponse<String> strangerWithThePassword = post(5000, "application/json", login(victim, password),
                stranger);
        assertThat(code(strangerWithThePassword)).isEqualTo("RATE_LIMITED");
        HttpResponse<String> owner = post(5000, "application/json", login(victim, password),
                Map.of("X-Forwarded-For", "203.0.113.78"));
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).contains("accessToken").doesNotContain("errors");
        assertEveryServerReady();
    }

    private static HttpRequest.BodyPublisher login(String email, String password) {
        return HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                .add("query", "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }")
                .add("variables", Json.createObjectBuilder().add("e", email).add("p", password)).build().toString());
    }

    @Test
    void gatewayAnswersCarryTheSecurityHeaders() {
        HttpResponse<String> page = HttpProbe.get("http://localhost:5000/");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /**
     * No wildcard CORS anywhere (issue #17): Liberty's /metrics answers with {@code Access-Control-Allow-Origin: *}
     * and credentials allowed; the HTTP channel strips those headers on every service endpoint and the gateway's
     * management port (cinema-server.xml, cinemaNoCorsHeaders). Asked from a foreign origin, no server names any
     * origin, for Liberty's endpoints, a preflight, or GraphQL; the gateway's public port answers only its allow-list.
     */
    @Test
    void noServerAnswersAnyOriginWithCorsHeaders() throws Exception {
        String origin = "https://attacker.example";
        for (var server : Platform.MANAGEMENT_PORTS.entrySet()) {
            String base = "http://localhost:" + server.getValue();
            for (String path : new String[] {"/metrics", "/metrics?scope=base", "/health", "/health/ready"}) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).header("Origin", origin).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(server.getKey() + path).isEqualTo(200);
                assertNoCors(answer, server.getKey() + " " + path);
            }
            HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .timeout(Duration.ofSeconds(30)).header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertNoCors(preflight, server.getKey() + " OPTIONS /metrics");
        }
        for (var server : Platform.PORTS.entrySet()) {
            HttpResponse<String> graphQl = post(server.getValue(), "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"), Map.of("Origin", origin));
            assertThat(graphQl.statusCode()).as(server.getKey()).isEqualTo(200);
            assertNoCors(graphQl, server.getKey() + " /graphql");
        }
        // What still scrapes: Prometheus text on every management port (MetricsExpositionIT checks the format).
        Platform.MANAGEMENT_PORTS.forEach((name, port) -> assertThat(HttpProbe.get("http://localhost:" + port
                + "/metrics").body()).as(name).contains("# TYPE"));
    }

    private static void assertNoCors(HttpResponse<String> answer, String what) {
        assertThat(answer.headers().map().keySet().stream().filter(h -> h.toLowerCase(java.util.Locale.ROOT)
                .startsWith("access-control-"))).as(what + " " + answer.headers().map()).isEmpty();
    }

    @Test
    void theGatewaysMetricsAndHealthAreNotPublic() {
        // Liberty's /metrics answers anyone, with Access-Control-Allow-Origin: *; on the gateway it is only on the
        // management port, which nothing publishes (gateway server.xml). The public port has no such path.
        for (String path : new String[] {"/metrics", "/metrics?scope=base", "/health/ready"}) {
            HttpResponse<String> answer = HttpProbe.get(PlatformExtension.platform().gatewayUrl() + path);
            assertThat(answer.statusCode()).as(path + " on the public port").isIn(401, 403, 404);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            assertThat(answer.body()).as(path).doesNotContain("# TYPE").doesNotContain("jvm_");
        }
        assertThat(HttpProbe.get(PlatformExtension.platform().gatewayManagementUrl() + "/metrics").body())
                .as("the management port serves them").contains("# TYPE");
    }
}
