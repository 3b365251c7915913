package com.cinema.gateway.edge;

import com.cinema.common.edge.EdgeRejection;
import graphql.schema.idl.SchemaParser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost model over the real public schema (docs/schema/gateway.graphql, as packaged in the WAR). */
class QueryCostTest {

    private final QueryCost cost = withCostLimit(500);

    private static QueryCost withCostLimit(int maxCost) {
        return new QueryCost(new SchemaParser().parse(new InputStreamReader(
                Objects.requireNonNull(QueryCostTest.class.getResourceAsStream(QueryCostCheck.SCHEMA_RESOURCE)),
                StandardCharsets.UTF_8)), new QueryCost.Limits(10, 20, maxCost, 20, 100),
                new GraphQlDocuments(5000, 1000, 262_144));
    }

    private Optional<EdgeRejection> check(String query) {
        return cost.check(query, null, JsonValue.EMPTY_JSON_OBJECT);
    }

    @Test
    void everydayPortalAndAdminQueriesPass() {
        assertThat(check("{ movies(page: 0, size: 20) { items { id title genres posterUrl } total } }")).isEmpty();
        assertThat(check("{ myBookings { id showtime { startsAt movie { title } cinema { name } } "
                + "tickets { seatLabel } payment { cardLast4 } } }")).isEmpty();
        assertThat(check("query S($id: ID!) { showtime(id: $id) { movie { title } cinema { name } auditorium { name } }"
                + " seatMap(showtimeId: $id) { seats { seatId label status } } }")).isEmpty();
        assertThat(check("{ dashboard { revenue { currency amountCents } topMovies { title } "
                + "bookingsPerDay { date bookings } } }")).isEmpty();
    }

    @Test
    void aThousandAliasesAreRefusedNamingTheLimit() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" g").append(i).append(": genres");
        }
        EdgeRejection refused = check(query.append(" }").toString()).orElseThrow();
        assertThat(refused.field()).isEqualTo("query");
        assertThat(refused.message()).contains("more than 20 aliases").contains("cinema.edge.graphql.max-aliases");
        assertThat(refused.body().getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code")).isEqualTo("VALIDATION");
    }

    @Test
    void depthOverTheLimitIsRefusedEvenThroughFragments() {
        QueryCost cost = withCostLimit(Integer.MAX_VALUE);
        String deep = "{ movie(id: \"1\") { showtimes { movie { showtimes { movie { showtimes { movie { showtimes {"
                + " movie { showtimes { movie { title } } } } } } } } } } } }";
        assertThat(cost.check(deep, null, JsonValue.EMPTY_JSON_OBJECT).orElseThrow().message())
                .contains("deeper than 10");
        String viaFragments = "{ movie(id: \"1\") { ...A } } fragment A on Movie { showtimes { ...B } }"
                + " fragment B on Showtime { movie { ...C } } fragment C on Movie { showtimes { movie { showtimes {"
                + " movie { showtimes { movie { showtimes { id } } } } } } } }";
        assertThat(cost.check(viaFragments, null, JsonValue.EMPTY_JSON_OBJECT).orElseThrow().message())
                .contains("deeper than 10");
        // A fragment cycle is left to the engine to refuse, without looping here.
        assertThat(cost.check("{ movie(id: \"1\") { ...A } } fragment A on Movie { showtimes { movie { ...A } } }",
                null, JsonValue.EMPTY_JSON_OBJECT)).isEmpty();
    }

    @Test
    void nestedListsCostTheirPageSizesMultiplied() {
        // Each Movie.showtimes resolves once per movie of a 100-item page, each Showtime.movie once per showtime.
        EdgeRejection refused = check("{ movies(size: 100) { items { showtimes { movie { title } } } } }")
                .orElseThrow();
        assertThat(refused.message()).contains("costs more than 500").contains("cinema.edge.graphql.max-cost");
        assertThat(check("{ movies(size: 5) { items { showtimes { movie { title } } } } }")).isEmpty();
        // The size may come as a variable; an absurd one counts as the largest page.
        JsonObject huge = Json.createObjectBuilder().add("n", 1e30).build();
        assertThat(cost.check("query Q($n: Int) { movies(size: $n) { items { showtimes { movie { title } } } } }",
                "Q", huge)).isPresent();
        assertThat(check("{ showtimes { movie { showtimes { movie { showtimes { id } } } } } }")).isPresent();
    }

    @Test
    void aSyntaxErrorIsRefusedWithoutEchoingTheDocument() {
        EdgeRejection refused = check("mutation { login(email: \"a@b.c\", password: \"Canary-Secret-1\" { id }")
                .orElseThrow();
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.message()).startsWith("is not a valid GraphQL document");
        assertThat(refused.body().toString()).doesNotContain("Canary-Secret-1");
    }

    @Test
    void tooManyTokensStopTheParser() {
        String flood = "{ genres " + "__typename ".repeat(6000) + "}";
        assertThat(check(flood).orElseThrow().message()).startsWith("is not a valid GraphQL document");
    }

    @Test
    void anIntOutOfRangeIsRefusedNamingTheArgument() {
        EdgeRejection page = check("{ movies(page: 1e30) { total } }").orElseThrow();
        assertThat(page.field()).isEqualTo("page");
        assertThat(page.message()).isEqualTo(QueryCost.INT_RANGE);
        assertThat(check("{ movies(size: 99999999999) { total } }").orElseThrow().field()).isEqualTo("size");
        EdgeRejection variable = cost.check("query Q($p: Int) { movies(page: $p) { total } }", "Q",
                Json.createObjectBuilder().add("p", 1e30).build()).orElseThrow();
        assertThat(variable.field()).isEqualTo("p");
        assertThat(cost.check("query Q($p: Int) { movies(page: $p) { total } }", "Q",
                Json.createObjectBuilder().add("p", 2).build())).isEmpty();
        assertThat(check("{ movies(page: 0, size: 20) { total } }")).isEmpty();
    }

    @Test
    void aNumberLiteralBeyondSinglePrecisionIsRefusedNamingItsPath() {
        EdgeRejection latitude = check("{ cinemas(near: {latitude: 1e39, longitude: 0}) { id } }").orElseThrow();
        assertThat(latitude.field()).isEqualTo("near.latitude");
        assertThat(latitude.message()).isEqualTo(QueryCost.NUMBER_RANGE);
        assertThat(check("{ cinemas(near: {latitude: 0, longitude: " + "9".repeat(40) + "}) { id } }").orElseThrow()
                .field()).isEqualTo("near.longitude");
        assertThat(check("{ cinemas(near: {latitude: 51.5, longitude: -0.12}, radiusKm: 3.4e38) { id } }")).isEmpty();
    }

    @Test
    void aDocumentParsedBeforeIsJudgedAgainWithEachRequestsVariables() {
        String query = "query Q($n: Int) { movies(size: $n) { items { showtimes { movie { title } } } } }";
        for (int round = 0; round < 3; round++) {
            assertThat(cost.check(query, "Q", Json.createObjectBuilder().add("n", 5).build())).isEmpty();
            assertThat(cost.check(query, "Q", Json.createObjectBuilder().add("n", 100).build()).orElseThrow().message())
                    .contains("costs more than 500");
            assertThat(cost.check(query, "Q", Json.createObjectBuilder().add("n", 1e30).build()).orElseThrow().field())
                    .isEqualTo("n");
        }
        // A broken document is refused every time, never remembered as parsed.
        assertThat(check("{ movies { ").orElseThrow().message()).startsWith("is not a valid GraphQL document");
        assertThat(check("{ movies { ").orElseThrow().message()).startsWith("is not a valid GraphQL document");
    }
}
