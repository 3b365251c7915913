package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestKeys;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every server verifies tokens itself (docs/architecture.md, "Security model"). Each forged or broken token is
 * sent to each server's admin-only operation; a correctly signed admin token first proves the operation is
 * reachable at all. All seven servers are covered.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JwtRejectionIT {

    private static final TestTokens TOKENS = TestTokens.forPlatform();

    /**
     * Server name, port, an admin-only operation, the field it answers in, and the error code a correctly
     * signed admin token gets (null: none). Mutations are sent with input the service rejects as
     * VALIDATION, which proves the caller got past authentication and the role check without changing data.
     */
    record Target(String server, int port, String query, String field, String acceptedCode) {
        GraphQlHttp client() {
            return new GraphQlHttp("http://localhost:" + port);
        }

        @Override
        public String toString() {
            return server;
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target("gateway", 5000, "{ users { total } }", "users", null),
            new Target("user", 3012, "{ users { total } }", "users", null),
            new Target("payment", 3011, "{ payments { total } }", "payments", null),
            new Target("coupon", 3009, "{ coupons { code } }", "coupons", null),
            new Target("booking", 3007, "{ bookings { total } }", "bookings", null),
            new Target("movie", 3010, "mutation { createMovie(input: {title: \"\", cast: [], genres: [\"Drama\"], durationMinutes: 90, "
                    + "ageRating: \"PG\", language: \"English\", status: \"ARCHIVED\"}) { id } }", "createMovie", "VALIDATION"),
            new Target("cinema", 3008, "mutation { createCinema(input: {name: \"Token probe\", address: \"1 Probe Road\", "
                    + "city: \"Probeton\", latitude: 91, longitude: 0, timeZone: \"Europe/London\"}) { id } }",
                    "createCinema", "VALIDATION"));

    /** A claim in every token this class sends, unique to the run: no log may show it decoded. */
    private static final String CLAIM_CANARY = "jwt-canary-" + UUID.randomUUID();
    /** Every token this class sent, so that no log may quote one (issue #17, "no secrets in logs"). */
    private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

    private static JsonObjectBuilder adminClaims() {
        return TestTokens.claims("1", "admin@cinema.test", List.of("USER", "ADMIN")).add("canary", CLAIM_CANARY);
    }

    private static JsonObjectBuilder userClaims() {
        return TestTokens.claims("2", "customer@cinema.test", List.of("USER")).add("canary", CLAIM_CANARY);
    }

    /** The token, remembered for the log check. */
    private static String sent(String token) {
        SENT.add(token);
        return token;
    }

    /** The client with this bearer token, remembered for the log check. */
    private static GraphQlHttp bearer(GraphQlHttp client, String token) {
        return client.withBearer(sent(token));
    }

    static Stream<Arguments> forgedTokens() {
        long now = Instant.now().getEpochSecond();
        List<Arguments> tokens = List.of(
                Arguments.of("alg none", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TestTokens.unsigned(adminClaims().build()))),
                Arguments.of("HS256 keyed with the public key", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.hmacWithPublicKey(adminClaims().build()))),
                Arguments.of("signed by a foreign RSA key", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TestTokens.signedWith(TestKeys.generate().getPrivate(), adminClaims().build()))),
                Arguments.of("expired 60 s ago", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.signed(adminClaims().add("iat", now - 960).add("exp", now - 60).build()))),
                Arguments.of("without exp", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.signed(without(adminClaims().build(), "exp")))),
                Arguments.of("wrong issuer", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.signed(adminClaims().add("iss", "someone-else").build()))),
                Arguments.of("wrong audience", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.signed(adminClaims().add("aud", "other-app").build()))),
                Arguments.of("wrong audience, as an array", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.signed(adminClaims().add("aud", Json.createArrayBuilder().add("other-app")).build()))),
                Arguments.of("missing audience", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.signed(without(adminClaims().build(), "aud")))),
                Arguments.of("groups widened to ADMIN after signing", (Function<GraphQlHttp, GraphQlHttp>) c -> bearer(c, TOKENS.tampered(userClaims().build(), adminClaims().add("sub", "2").build()))),
                Arguments.of("token in the query string", (Function<GraphQlHttp, GraphQlHttp>) c -> c.withQueryString(
                        "access_token=" + sent(TOKENS.signed(adminClaims().build())))));
        return TARGETS.stream().flatMap(target -> tokens.stream().map(t -> Arguments.of(target, t.get()[0], t.get()[1])));
    }

    static Stream<Target> targets() {
        return TARGETS.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0} accepts a correctly signed admin token")
    @MethodSource("targets")
    void correctlySignedAdminTokenIsAccepted(Target target) {
        // aud as the user service writes it (an array), and as a bare string (RFC 7519 allows both).
        for (JsonObject claims : List.of(adminClaims().build(), adminClaims().add("aud", TestTokens.AUDIENCE).build())) {
            accepted(target, bearer(target.client(), TOKENS.signed(claims)).post(target.query()));
        }
    }

    private static void accepted(Target target, JsonObject response) {
        if (target.acceptedCode() == null) {
            assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
            assertThat(response.getJsonObject("data").isNull(target.field())).isFalse();
        } else {
            assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo(target.acceptedCode());
            // a rule of the operation itself, not a query the schema refused before any check ran
            assertThat(GraphQlHttp.firstErrorField(response)).as(response.toString()).startsWith("input.");
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0} rejects a token {1}")
    @MethodSource("forgedTokens")
    void forgedTokenIsRejected(Target target, String kind, Function<GraphQlHttp, GraphQlHttp> withToken) {
        GraphQlHttp client = withToken.apply(target.client());
        JsonObject response = client.post(target.query());

        boolean refusedBeforeGraphQl = client.lastStatus() == 401;
        boolean refusedByGraphQl = "UNAUTHENTICATED".equals(GraphQlHttp.firstErrorCode(response));
        assertThat(refusedBeforeGraphQl || refusedByGraphQl).as(kind + " -> " + client.lastStatus() + " " + response).isTrue();
        assertThat(response.containsKey("data") && !response.isNull("data")
                && !response.getJsonObject("data").isNull(target.field())).as("no data leaked: " + response).isFalse();
    }

    /**
     * No server wrote any of those tokens, or their claims decoded, to any log: messages.log, console.log, trace.log
     * and the FFDC incidents under logs/ffdc, where Liberty's MP-JWT quotes a token whose signature fails
     * (the platform's JWT signature guard refuses such a token first; docs/decisions/0013-jwt-signature-guard.md),
     * and the spans the suite exports to the log, whose url.query quoted a token sent in the query string
     * (platform-common QueryStringRedaction passes it on with the token's value REDACTED).
     */
    @Test
    @Order(3)
    void noLogOfAnyServerQuotesATokenOrItsClaims() throws Exception {
        assertThat(SENT).as("tokens sent by this class").hasSizeGreaterThan(TARGETS.size() * 10);
        Thread.sleep(1000); // an FFDC incident's line in messages.log is written shortly after the incident
        List<String> found = new ArrayList<>();
        for (Path log : PlatformExtension.platform().serverLogFiles()) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (text.contains(CLAIM_CANARY)) {
                found.add(log + " contains a token's claims");
            }
            for (String token : SENT) {
                String[] parts = token.split("\\.");
                if (parts.length > 1 && text.contains(parts[1])) {
                    found.add(log + " quotes a token");
                    break;
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static JsonObject without(JsonObject claims, String name) {
        return Json.createObjectBuilder(claims).remove(name).build();
    }
}
