package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway starts each request's deadline itself (cinema.deadline.budget, 30 s) whatever the client claims, and
 * every call to a service carries the budget left (X-Request-Budget-Ms). The booking service is a stub on the port
 * other ITs need absent, hence the resource lock.
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class DeadlinePropagationIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static GraphQlStub booking;

    @BeforeAll
    static void startBookingService() {
        booking = GraphQlStub.start(StubPorts.port("absent.booking.service.port", StubPorts.GATEWAY_BOOKING))
                .on("showtime", call -> Json.createObjectBuilder().add("id", "1").add("movieId", "1")
                        .add("cinemaId", "5").add("auditoriumId", "1").add("startsAt", "2031-05-01T18:00:00Z")
                        .add("endsAt", "2031-05-01T20:15:00Z").add("basePriceCents", 1100).add("currency", "GBP")
                        .add("availableSeats", 40).add("status", "SCHEDULED").add("features", Json.createArrayBuilder()).build());
    }

    @AfterAll
    static void stopBookingService() {
        booking.close();
    }

    @Test
    void aClientsOwnBudgetIsIgnoredAndTheServiceGetsWhatIsLeftOfTheGatewaysThirtySeconds() throws Exception {
        String body = Json.createObjectBuilder().add("query", "{ showtime(id: \"1\") { id startsAt } }").build()
                .toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Request-Budget-Ms", "0").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(GraphQlHttp.dataWithoutErrors(answer).getJsonObject("showtime").getString("id")).isEqualTo("1");
        assertThat(booking.calls("showtime")).isNotEmpty().allSatisfy(call -> assertThat(
                Long.parseLong(call.header("X-Request-Budget-Ms"))).isBetween(1L, 30_000L));
    }
}
