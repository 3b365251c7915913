package com.cinema.common.client;

import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real HTTP server on a free port: what goes on the wire and how answers and errors are read. */
class GraphQlClientTest {

    public static class Movie {
        public String id;
        public String title;
        public List<String> genres;
        public LocalDate releaseDate;
        public Double averageRating;
        public int reviewCount;
    }

    public static class MovieFilter {
        public String search;
        public String genre;
    }

    public static class Showtime {
        public String id;
        public OffsetDateTime startsAt;
    }

    private static final GraphQlOperation<List<Movie>> MOVIES = GraphQlOperation.queryForList("movies", Movie.class,
            "filter: MovieFilter", "page: Int");
    private static final GraphQlOperation<Showtime> SHOWTIME = GraphQlOperation.query("showtime", Showtime.class,
            "id: ID!");

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<JsonObject> lastRequest = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final AtomicReference<String> lastClientAddress = new AtomicReference<>();
    private final AtomicReference<String> lastBudget = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    private GraphQlClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            lastRequest.set(Json.createReader(new StringReader(body)).readObject());
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            lastClientAddress.set(exchange.getRequestHeaders().getFirst("X-Cinema-Client-Address"));
            lastBudget.set(exchange.getRequestHeaders().getFirst("X-Request-Budget-Ms"));
            requests.incrementAndGet();
            byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        client = GraphQlClient.connect("movie", "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheDocumentWithVariablesAndReadsTheAnswerIntoTheResultType() {
        MovieFilter filter = new MovieFilter();
        filter.genre = "Drama";
        answer.set("""
                {"data":{"movies":[{"id":"7","title":"Dune","genres":["Sci-Fi","Drama"],"releaseDate":"2021-10-21",
                "averageRating":4.5,"reviewCount":2,"unknownField":true}]}}""");

        List<Movie> movies = client.execute(MOVIES, "Bearer abc", filter, 0);

        assertThat(lastRequest.get().getString("query")).isEqualTo(MOVIES.document());
        assertThat(lastRequest.get().getJsonObject("variables").getJsonObject("filter").getString("genre"))
                .isEqualTo("Drama");
        assertThat(lastRequest.get().getJsonObject("variables").getInt("page")).isZero();
        assertThat(lastAuthorization.get()).isEqualTo("Bearer abc");
        assertThat(movies).singleElement().satisfies(movie -> {
            assertThat(movie.id).isEqualTo("7");
            assertThat(movie.genres).containsExactly("Sci-Fi", "Drama");
            assertThat(movie.releaseDate).isEqualTo(LocalDate.of(2021, 10, 21));
            assertThat(movie.averageRating).isEqualTo(4.5);
            assertThat(movie.reviewCount).isEqualTo(2);
        });
    }

    @Test
    void readsOffsetDateTimesAndNullAnswersAndSendsNoAuthorizationForPublicCalls() {
        answer.set("{\"data\":{\"showtime\":{\"id\":\"3\",\"startsAt\":\"2026-12-01T19:30:00Z\"}}}");
        Showtime showtime = client.execute(SHOWTIME, null, "3");
        assertThat(showtime.startsAt).isEqualTo(OffsetDateTime.of(2026, 12, 1, 19, 30, 0, 0, ZoneOffset.UTC));
        assertThat(lastAuthorization.get()).isNull();

        answer.set("{\"data\":{\"showtime\":null}}");
        assertThat(client.execute(SHOWTIME, null, "4")).isNull();
    }

    @Test
    void headersOfTheCallAreSentButNeverReplaceAuthorization() {
        answer.set("{\"data\":{\"showtime\":{\"id\":\"3\"}}}");

        client.executeWithHeaders(SHOWTIME, "Bearer service",
                Map.of("X-Cinema-Client-Address", "198.51.100.7", "Authorization", "Bearer forged"), "3");

        assertThat(lastClientAddress.get()).isEqualTo("198.51.100.7");
        assertThat(lastAuthorization.get()).isEqualTo("Bearer service");
    }

    @Test
    void theRequestsDeadlineTravelsAsTheBudgetLeftAndNoCallIsMadeOnceItHasPassed() {
        answer.set("{\"data\":{\"showtime\":{\"id\":\"3\"}}}");
        client.execute(SHOWTIME, null, "3");
        assertThat(lastBudget.get()).as("no deadline, no header").isNull();

        try (RequestDeadline.Scope ignored = RequestDeadline.enter(
                java.util.Optional.of(java.time.Instant.now().plusSeconds(4)))) {
            client.execute(SHOWTIME, null, "3");
        }
        assertThat(Long.parseLong(lastBudget.get())).isBetween(1L, 4000L);

        int before = requests.get();
        try (RequestDeadline.Scope ignored = RequestDeadline.enter(
                java.util.Optional.of(java.time.Instant.now().minusMillis(1)))) {
            assertThatThrownBy(() -> client.execute(SHOWTIME, null, "3"))
                    .isInstanceOf(com.cinema.common.error.UpstreamUnavailableException.class);
        }
        assertThat(requests.get()).as("nothing sent after the deadline").isEqualTo(before);
    }

    @Test
    void theCallersOwnErrorsComeBackTyped() {
        answer.set("""
                {"errors":[{"message":"Showtime 9 not found","extensions":{"code":"NOT_FOUND"}}],"data":{"showtime":null}}""");
        assertThatThrownBy(() -> client.execute(SHOWTIME, null, "9"))
                .isInstanceOf(NotFoundException.class).hasMessage("Showtime 9 not found");

        answer.set("""
                {"errors":[{"message":"id: must be a number","extensions":{"code":"VALIDATION","field":"id"}}]}""");
        assertThatThrownBy(() -> client.execute(SHOWTIME, null, "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("must be a number"));
    }

    @Test
    void aServiceReportingItsOwnDependencyDownIsNotItsFailure() {
        answer.set("""
                {"errors":[{"message":"The cinema service is unavailable right now; please try again shortly",\
                "extensions":{"code":"UPSTREAM_UNAVAILABLE"}}],"data":{"showtime":null}}""");
        // An ApiException, which the typed clients' breakers skip and their retries do not repeat, keeping the
        // message that names the service that is really down.
        assertThatThrownBy(() -> client.execute(SHOWTIME, null, "4"))
                .isExactlyInstanceOf(com.cinema.common.error.UpstreamUnavailableException.class)
                .hasMessage("The cinema service is unavailable right now; please try again shortly");
    }

    @Test
    void theServicesOwnFailuresAreDownstreamFailures() {
        answer.set("{\"errors\":[{\"message\":\"boom\",\"extensions\":{\"code\":\"INTERNAL\"}}]}");
        assertThatThrownBy(() -> client.execute(SHOWTIME, null, "1"))
                .isInstanceOf(DownstreamServiceException.class).hasMessageContaining("INTERNAL boom");

        status.set(503);
        answer.set("not json");
        server.removeContext("/graphql");
        server.createContext("/graphql", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        assertThatThrownBy(() -> client.execute(SHOWTIME, null, "1"))
                .isInstanceOf(DownstreamServiceException.class).hasMessageContaining("HTTP 503");

        server.stop(0);
        assertThatThrownBy(() -> client.execute(SHOWTIME, null, "1"))
                .isInstanceOf(DownstreamServiceException.class).hasMessageContaining("movie service");
    }
}
