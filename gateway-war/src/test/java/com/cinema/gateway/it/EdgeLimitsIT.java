package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge limits of issue #17 on a real Liberty server: every refusal happens before the GraphQL engine, with
 * its HTTP status and a VALIDATION body, and the server keeps answering.
 */
@MicroShedTest
class EdgeLimitsIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject firstError(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject()
                .getJsonArray("errors").getJsonObject(0);
    }

    private static void assertStillServing() {
        JsonObject answer = new GraphQlHttp(BASE).post("{ __typename }");
        assertThat(answer.getJsonObject("data").getString("__typename")).isEqualTo("Query");
    }

    @Test
    void aTenMebibytePostIsRefusedWith413BeforeAnyParser() throws Exception {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> response;
        try {
            response = post("application/json", HttpRequest.BodyPublishers.ofByteArray(huge));
        } catch (IOException closedWhileSending) {
            // The server may close the connection before the client finished sending: refused all the same.
            response = null;
        }
        if (response != null) {
            assertThat(response.statusCode()).isEqualTo(413);
            JsonObject error = firstError(response);
            assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
            assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("body");
            assertThat(error.getString("message")).contains("65536 bytes");
        }
        assertStillServing();
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] big = ("{\"query\":\"{ genres }\",\"variables\":{\"x\":\"" + "b".repeat(70_000) + "\"}}").getBytes();
        HttpResponse<String> response = post("application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(firstError(response).getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
        assertStillServing();
    }

    @Test
    void malformedJsonABatchAndXmlGetTheirStatusesAndNoStackTrace() throws Exception {
        HttpResponse<String> malformed = post("application/json", HttpRequest.BodyPublishers.ofString("{\"query\":"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(firstError(malformed).getString("message")).isEqualTo("body: is not valid JSON");

        HttpResponse<String> batch = post("application/json",
                HttpRequest.BodyPublishers.ofString("[{\"query\":\"{ genres }\"},{\"query\":\"{ genres }\"}]"));
        assertThat(batch.statusCode()).isEqualTo(400);
        assertThat(firstError(batch).getString("message")).contains("batched");

        HttpResponse<String> xml = post("application/xml", HttpRequest.BodyPublishers.ofString("<query/>"));
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(firstError(xml).getJsonObject("extensions").getString("field")).isEqualTo("Content-Type");

        for (HttpResponse<String> response : java.util.List.of(malformed, batch, xml)) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.");
        }
        assertStillServing();
    }

    @Test
    void theCostModelRefusesBeforeAnythingRunsNamingTheLimit() throws Exception {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            aliases.append(" g").append(i).append(": genres");
        }
        JsonObject manyAliases = new GraphQlHttp(BASE).post(aliases.append(" }").toString());
        assertThat(GraphQlHttp.firstErrorCode(manyAliases)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorMessage(manyAliases)).contains("cinema.edge.graphql.max-aliases");
        assertThat(manyAliases.isNull("data")).isTrue();

        JsonObject nested = new GraphQlHttp(BASE).post("{ movies(size: 100) { items { showtimes { movie { title } } } } }");
        assertThat(GraphQlHttp.firstErrorCode(nested)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorMessage(nested)).contains("cinema.edge.graphql.max-cost");

        JsonObject broken = new GraphQlHttp(BASE).post("mutation { login(email: \"a@b.c\", password: \"Canary-Edge-7\" { id }");
        assertThat(GraphQlHttp.firstErrorCode(broken)).isEqualTo("VALIDATION");
        assertThat(broken.toString()).doesNotContain("Canary-Edge-7");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty(); // plain HTTP here

        HttpResponse<String> graphql = post("application/json",
                HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"));
        assertThat(graphql.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(graphql.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> refused = post("application/xml", HttpRequest.BodyPublishers.ofString("<x/>"));
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void hammeringOneAccountIsRateLimitedWithRetryAfterBeforeAnyServiceIsCalled() throws Exception {
        String login = "{\"query\":\"mutation { login(email: \\\"victim@edge.test\\\", password: \\\"Canary-Rl-3\\\")"
                + " { accessToken } }\"}";
        // The budget is three sign-ins a minute: each request spends one token, however many filter mappings match
        // /graphql (Liberty runs a filter once per matching pattern, which once charged every request twice).
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> withinBudget = post("application/json", HttpRequest.BodyPublishers.ofString(login));
            assertThat(withinBudget.statusCode()).as("sign-in %d of a budget of 3", i + 1).isNotEqualTo(429);
        }
        HttpResponse<String> last = post("application/json", HttpRequest.BodyPublishers.ofString(login));
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        JsonObject error = firstError(last);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("login");
        assertThat(last.body()).doesNotContain("Canary-Rl-3");
        // Another account from the same address is not affected by that account's budget.
        HttpResponse<String> other = post("application/json",
                HttpRequest.BodyPublishers.ofString(login.replace("victim@", "someone-else@")));
        assertThat(other.statusCode()).isNotEqualTo(429);
    }
}
