package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.HttpProbe;
import com.cinema.testing.MetricsScrape;
import com.cinema.testing.StubPorts;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on its own server, with a movie service that accepts connections and never answers:
 * the worst kind of failure, where only a timeout helps.
 */
@MicroShedTest
class GatewayIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static GraphQlStub silentMovieService;

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    @BeforeAll
    static void startSilentMovieService() {
        silentMovieService = GraphQlStub.start(StubPorts.port("silent.movie.service.port", StubPorts.GATEWAY_MOVIE));
        silentMovieService.hang();
    }

    @AfterAll
    static void stopSilentMovieService() {
        silentMovieService.close();
    }

    @Test
    void servesTheWebFrontEndAndBootstrapLocally() {
        var index = HttpProbe.get(BASE + "/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<title>Cinema").contains("/webjars/bootstrap/5.3.3/dist/css/bootstrap.min.css");
        assertThat(HttpProbe.get(BASE + "/webjars/bootstrap/5.3.3/dist/css/bootstrap.min.css").statusCode()).isEqualTo(200);
        assertThat(HttpProbe.get(BASE + "/js/graphql.js").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsUpAndReportsEachServiceStatus() {
        assertThat(HttpProbe.health(GatewayManagement.URL, "live").getString("status")).isEqualTo("UP");
        JsonObject ready = HttpProbe.health(GatewayManagement.URL, "ready");
        assertThat(ready.getString("status")).isEqualTo("UP");
        JsonObject downstream = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("downstream-services")).findFirst().orElseThrow();
        assertThat(downstream.getJsonObject("data").keySet())
                .containsExactlyInAnyOrder("user", "movie", "cinema", "booking", "payment", "coupon");
        assertThat(downstream.getJsonObject("data").getString("movie")).isEqualTo("DOWN");
    }

    @Test
    void silentMovieServiceGivesUpstreamUnavailableWithinTheTimeoutNotAHang() {
        Instant start = Instant.now();
        JsonObject response = graphql.post("{ movies { items { id title } total } }");
        Duration took = Duration.between(start, Instant.now());

        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(GraphQlHttp.firstErrorMessage(response)).contains("movie service");
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        // 2 s timeout, one retry: well under the 30 s a client would wait.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(silentMovieService.calls("movies")).isNotEmpty();
    }

    @Test
    void metricsCountEachPublicOperationExactlyOnce() {
        String genres = "mp_graphql_QUERY_genres_seconds_count";
        MetricsScrape before = MetricsScrape.of(GatewayManagement.URL);
        assertThat(before.isPrometheusText()).isTrue();

        JsonObject response = graphql.post("{ genres }");
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");

        // A failed call is still one call of the public operation: the timer counts it once, not once per retry.
        assertThat(MetricsScrape.of(GatewayManagement.URL).value(genres) - before.value(genres)).isEqualTo(1.0);
    }

    @Test
    void metricsAndHealthAreNotServedOnThePublicPortAndTheManagementPortServesNothingElse() {
        for (String path : List.of("/metrics", "/metrics?scope=application", "/health", "/health/ready")) {
            var answer = HttpProbe.get(BASE + path);
            // The gateway application's own 404, without Liberty's wildcard CORS header of /metrics.
            assertThat(answer.statusCode()).as(path + " on the public port").isEqualTo(404);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            assertThat(answer.body()).as(path).doesNotContain("# TYPE").doesNotContain("\"UP\"");
        }
        assertThat(HttpProbe.get(GatewayManagement.URL + "/metrics").statusCode()).isEqualTo(200);
        assertThat(HttpProbe.get(GatewayManagement.URL + "/").statusCode()).as("no front end on the management port")
                .isEqualTo(404);
        assertThat(HttpProbe.get(GatewayManagement.URL + "/graphql").statusCode()).as("no API on the management port")
                .isEqualTo(404);
    }
}
