package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on its own server, with a movie service that accepts connections and never answers:
 * the worst kind of failure, where only a timeout helps.
 */
@MicroShedTest
class GatewayIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static ServerSocket silentMovieService;
    private static final List<Socket> held = new CopyOnWriteArrayList<>();

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    @BeforeAll
    static void startSilentMovieService() throws IOException {
        silentMovieService = new ServerSocket(Integer.getInteger("silent.movie.service.port"));
        Thread acceptor = new Thread(() -> {
            while (!silentMovieService.isClosed()) {
                try {
                    held.add(silentMovieService.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-movie-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stopSilentMovieService() throws IOException {
        silentMovieService.close();
        for (Socket socket : held) {
            socket.close();
        }
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
        assertThat(HttpProbe.health(BASE, "live").getString("status")).isEqualTo("UP");
        JsonObject ready = HttpProbe.health(BASE, "ready");
        assertThat(ready.getString("status")).isEqualTo("UP");
        JsonObject downstream = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("downstream-services")).findFirst().orElseThrow();
        assertThat(downstream.getJsonObject("data").keySet())
                .containsExactlyInAnyOrder("user", "movie", "cinema", "booking", "payment", "coupon");
        assertThat(downstream.getJsonObject("data").getString("movie")).isEqualTo("DOWN");
    }

    @Test
    void metricsArePrometheusText() {
        var response = HttpProbe.get(BASE + "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE");
    }

    @Test
    void silentMovieServiceGivesUpstreamUnavailableWithinTheTimeoutNotAHang() {
        Instant start = Instant.now();
        JsonObject response = graphql.post("{ movies { items { id title } total } }");
        Duration took = Duration.between(start, Instant.now());

        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(response.getJsonArray("errors").getJsonObject(0).getString("message")).contains("movie service");
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        // 2 s timeout, one retry: well under the 30 s a client would wait.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }
}
