package com.cinema.common.edge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlRequestGateTest {

    private final GraphQlRequestGate gate = new GraphQlRequestGate(new EdgeLimits(1024, 8, false));

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() {
        EdgeRejection refused = gate.checkPostHeaders("application/json", 10L * 1024 * 1024).orElseThrow();
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.field()).isEqualTo("body");
        assertThat(refused.message()).contains("1024 bytes").contains("cinema.edge.graphql.max-body-bytes");
        assertThat(refused.body().getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code")).isEqualTo("VALIDATION");
    }

    @Test
    void aBodyWithoutALengthIsRefusedOnceItPassesTheLimit() {
        assertThat(gate.checkPostHeaders("application/json", -1)).isEmpty();
        byte[] oversized = json("{\"query\":\"" + "x".repeat(1100) + "\"}");
        assertThat(gate.checkPostBody(oversized).orElseThrow().status()).isEqualTo(413);
    }

    @Test
    void onlyJsonIsAccepted() {
        assertThat(gate.checkPostHeaders("application/xml", 10).orElseThrow().status()).isEqualTo(415);
        assertThat(gate.checkPostHeaders("text/plain;charset=UTF-8", 10).orElseThrow().status()).isEqualTo(415);
        assertThat(gate.checkPostHeaders(null, 10).orElseThrow().field()).isEqualTo("Content-Type");
        assertThat(gate.checkPostHeaders("Application/JSON; charset=utf-8", 10)).isEmpty();
    }

    @Test
    void malformedJsonBatchesAndNonObjectsAreBadRequests() {
        for (String body : new String[] {"{\"query\":", "", "not json", "{\"query\": \"{ a }\"} trailing"}) {
            EdgeRejection refused = gate.checkPostBody(json(body)).orElseThrow();
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.message()).as(body).isEqualTo("is not valid JSON");
        }
        EdgeRejection batch = gate.checkPostBody(json("[{\"query\":\"{ genres }\"}]")).orElseThrow();
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.message()).contains("batched");
        assertThat(gate.checkPostBody(json("42")).orElseThrow().status()).isEqualTo(400);
    }

    @Test
    void theRequestObjectNeedsAStringQueryAndObjectVariables() {
        assertThat(gate.checkPostBody(json("{\"query\": 5}")).orElseThrow().field()).isEqualTo("query");
        assertThat(gate.checkPostBody(json("{}")).orElseThrow().field()).isEqualTo("query");
        assertThat(gate.checkPostBody(json("{\"query\":\"{ a }\",\"variables\":[1]}")).orElseThrow().field())
                .isEqualTo("variables");
        assertThat(gate.checkPostBody(json("{\"query\":\"{ a }\",\"operationName\":{}}")).orElseThrow().field())
                .isEqualTo("operationName");
        assertThat(gate.checkPostBody(json("{\"query\":\"{ a }\",\"variables\":null,\"operationName\":null}")))
                .isEmpty();
    }

    @Test
    void deepNestingIsRefusedByAByteScanNotByAParser() {
        String deep = "{\"query\":\"{ a }\",\"variables\":{\"v\":" + "[".repeat(300) + "]".repeat(300) + "}}";
        EdgeRejection refused = gate.checkPostBody(json(deep)).orElseThrow();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("deeper than 8");
        // Brackets inside strings are text, not nesting.
        String quoted = "{\"query\":\"{ a(s: \\\"" + "[[[[[[[[[[[[" + "\\\") }\"}";
        assertThat(gate.checkPostBody(json(quoted))).isEmpty();
    }

    @Test
    void introspectionIsRefusedUnlessSwitchedOnButTypenameAndQuotedNamesPass() {
        EdgeRejection refused = gate.checkPostBody(json("{\"query\":\"{ __schema { types { name } } }\"}"))
                .orElseThrow();
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.message()).contains("introspection is disabled");
        assertThat(gate.checkGet("query=...", "{ __type(name: \"Movie\") { name } }", null)).isPresent();
        assertThat(gate.checkPostBody(json("{\"query\":\"{ __typename }\"}"))).isEmpty();
        assertThat(gate.checkPostBody(json("{\"query\":\"mutation { addReview(comment: \\\"__schema\\\") { id } }"
                + " # __type\"}"))).isEmpty();

        GraphQlRequestGate open = new GraphQlRequestGate(new EdgeLimits(1024, 8, true));
        assertThat(open.checkPostBody(json("{\"query\":\"{ __schema { types { name } } }\"}"))).isEmpty();
        assertThat(open.checkSchemaDownload()).isEmpty();
        assertThat(gate.checkSchemaDownload().orElseThrow().status()).isEqualTo(404);
    }

    @Test
    void getRequestsAreHeldToTheSameRules() {
        assertThat(gate.checkGet("q".repeat(2000), "{ a }", null).orElseThrow().status()).isEqualTo(413);
        assertThat(gate.checkGet("", null, null).orElseThrow().field()).isEqualTo("query");
        assertThat(gate.checkGet("query=x", "{ a }", "{oops").orElseThrow().field()).isEqualTo("variables");
        assertThat(gate.checkGet("query=x", "{ a }", "{\"id\":\"1\"}")).isEqualTo(Optional.empty());
    }

    @Test
    void theRefusalNamesTheFieldAndNeverCarriesTheRequest() {
        String secret = "{\"query\":\"mutation { login(email: \\\"a@b.c\\\", password: \\\"Canary-Pa55\\\") \"";
        EdgeRejection refused = gate.checkPostBody(json(secret)).orElseThrow();
        assertThat(refused.body().toString()).doesNotContain("Canary-Pa55");
        assertThat(refused.body().getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("field")).isEqualTo("body");
    }

    @Test
    void aServersDocumentChecksRunLastWithTheOperationAndVariables() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        GraphQlRequestGate withCost = new GraphQlRequestGate(new EdgeLimits(1024, 8, false),
                java.util.List.of((query, operation, variables, client) -> {
                    seen.add(query + "|" + operation + "|" + variables);
                    return query.contains("expensive")
                            ? Optional.of(EdgeRejection.validation(200, "query", "over the cost limit"))
                            : Optional.empty();
                }));
        assertThat(withCost.checkPostBody(json("{\"query\":\"{ expensive }\"}")).orElseThrow().message())
                .isEqualTo("over the cost limit");
        assertThat(withCost.checkPostBody(json("{\"query\":\"query Q { a }\",\"operationName\":\"Q\","
                + "\"variables\":{\"n\":1}}"))).isEmpty();
        assertThat(withCost.checkGet("query=x", "{ a }", "Q", "{\"n\":2}", EdgeClient.UNKNOWN)).isEmpty();
        assertThat(seen).containsExactly("{ expensive }|null|{}", "query Q { a }|Q|{\"n\":1}", "{ a }|Q|{\"n\":2}");
        // Transport problems are refused before a document check ever runs.
        assertThat(withCost.checkPostBody(json("[1]")).orElseThrow().status()).isEqualTo(400);
        assertThat(seen).hasSize(3);
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxyAndReadFromTheRight() {
        java.util.Set<String> proxies = java.util.Set.of("10.0.0.2", "10.0.0.3");
        assertThat(EdgeClient.of("203.0.113.9", "1.2.3.4", proxies, null).address()).isEqualTo("203.0.113.9");
        assertThat(EdgeClient.of("10.0.0.2", "198.51.100.7", proxies, null).address()).isEqualTo("198.51.100.7");
        // The client wrote "1.2.3.4" itself; the proxies appended the real address and themselves.
        assertThat(EdgeClient.of("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", proxies, null).address())
                .isEqualTo("198.51.100.7");
        assertThat(EdgeClient.of("10.0.0.2", null, proxies, "7").user()).isEqualTo("7");
    }

    @Test
    void aRateLimitRefusalCarriesItsCodeAndRetryAfter() {
        EdgeRejection refused = EdgeRejection.rateLimited("login", "too many sign-ins", 0);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.body().getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code")).isEqualTo("RATE_LIMITED");
    }

    @Test
    void aSyntaxErrorFromTheEngineNeverQuotesTheDocument() {
        jakarta.json.JsonObject engine = jakarta.json.Json.createReader(new java.io.StringReader(
                "{\"errors\":[{\"message\":\"Invalid syntax with ANTLR error 'token recognition error at: "
                        + "password: Canary-Pw'' at line 1 column 22\",\"locations\":[{\"line\":1,\"column\":22}],"
                        + "\"extensions\":{\"classification\":\"InvalidSyntax\"}}],\"data\":null}")).readObject();
        jakarta.json.JsonObject normalised = new com.cinema.common.error.GraphQlErrors(name -> Optional.empty())
                .normalise(engine, false);
        assertThat(normalised.toString()).doesNotContain("Canary-Pw").contains("is not a valid GraphQL document")
                .contains("\"line\":1");
    }
}
