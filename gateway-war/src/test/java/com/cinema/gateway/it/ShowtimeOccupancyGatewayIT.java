package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's occupancy per showtime: the booking service (a {@link GraphQlStub}) is asked for the period and page
 * the admin chose, with the admin's token, and its row comes back as it is; with the movie and cinema services down
 * (none listens in this module's IT) only the title and the cinema's name and zone are null, each with
 * UPSTREAM_UNAVAILABLE.
 * The stub listens at the test server's booking URL, which {@link BookingGatewayIT} needs absent: hence the lock.
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class ShowtimeOccupancyGatewayIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final String QUERY = "query($f: Date, $t: Date, $p: Int, $s: Int) { showtimeOccupancy(from: $f, to: $t, page: $p, size: $s)"
            + " { total page size items { showtimeId movieId cinemaId auditoriumId startsAt seatsSold capacity occupancyPercent"
            + " movieTitle cinemaName cinemaTimeZone } } }";
    private static GraphQlStub booking;

    @BeforeAll
    static void startBookingService() {
        booking = GraphQlStub.start(StubPorts.port("absent.booking.service.port", StubPorts.GATEWAY_BOOKING))
                .on("showtimeOccupancy", call -> Json.createObjectBuilder().add("total", 41).add("page", 2).add("size", 20)
                        .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("showtimeId", "71")
                                .add("movieId", "3").add("cinemaId", "5").add("auditoriumId", "9")
                                .add("startsAt", "2031-05-01T18:00:00Z").add("seatsSold", 17).add("capacity", 34)
                                .add("occupancyPercent", 50.0))).build());
    }

    @AfterAll
    static void stopBookingService() {
        booking.close();
    }

    @Test
    void theAdminGetsThePageOfTheirPeriodAndOnlyTheCatalogueFieldsAreMissingWhileTheirServicesAreDown() {
        String token = TOKENS.admin("4401", "it-admin@example.org");
        booking.clearCalls();
        JsonObject response = new GraphQlHttp(BASE).withBearer(token).post(QUERY,
                Map.of("f", "2031-05-01", "t", "2031-05-07", "p", 2, "s", 20));

        JsonObject page = response.getJsonObject("data").getJsonObject("showtimeOccupancy");
        assertThat(page.getInt("total")).isEqualTo(41);
        assertThat(page.getInt("page")).isEqualTo(2);
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("showtimeId")).isEqualTo("71");
        assertThat(row.getInt("seatsSold")).isEqualTo(17);
        assertThat(row.getInt("capacity")).isEqualTo(34);
        assertThat(row.getJsonNumber("occupancyPercent").doubleValue()).isEqualTo(50.0);
        assertThat(row.isNull("movieTitle")).isTrue();
        assertThat(row.isNull("cinemaName")).isTrue();
        assertThat(row.isNull("cinemaTimeZone")).isTrue();
        assertThat(response.getJsonArray("errors").getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(e ->
                assertThat(e.getJsonObject("extensions").getString("code")).isEqualTo("UPSTREAM_UNAVAILABLE"));

        assertThat(booking.calls("showtimeOccupancy")).singleElement().satisfies(call -> {
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(call.variable("from")).isEqualTo("2031-05-01");
            assertThat(call.variable("to")).isEqualTo("2031-05-07");
            assertThat(call.variables().getInt("page")).isEqualTo(2);
            assertThat(call.variables().getInt("size")).isEqualTo(20);
        });
    }
}
