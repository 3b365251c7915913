package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.StubPorts;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's showtime, booking and seat-event side on its own server, with no booking service at all
 * (nothing listens at its URL): what the gateway decides by itself, and how it fails when it cannot ask.
 * {@link ShowtimeReferencesIT} plays a booking service at that URL: the resource lock keeps the two classes apart.
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class BookingGatewayIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final String HOLD = "mutation($s: ID!, $ids: [String!]!) { holdSeats(showtimeId: $s, seatIds: $ids) { id status } }";

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private final GraphQlHttp customer = graphql.withBearer(TOKENS.user("4101", "it-customer@example.org"));
    private final GraphQlHttp admin = graphql.withBearer(TOKENS.admin("4102", "it-admin@example.org"));

    private static JsonArrayBuilder seatIds(int count) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (int i = 1; i <= count; i++) {
            ids.add(String.valueOf(i));
        }
        return ids;
    }

    @Test
    void showtimesWithoutTheBookingServiceAreUpstreamUnavailableNamingItQuickly() {
        Instant start = Instant.now();
        JsonObject response = graphql.post("{ showtimes { id startsAt } }");

        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(GraphQlHttp.firstErrorMessage(response)).contains("booking service");
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void holdingSeatsNeedsASignedInUser() {
        JsonObject response = graphql.post(HOLD, Map.of("s", "1", "ids", seatIds(2).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void elevenSeatsAreRefusedAtTheEdgeNamingTheField() {
        JsonObject response = customer.post(HOLD, Map.of("s", "1", "ids", seatIds(11).build()));

        // VALIDATION, not UPSTREAM_UNAVAILABLE: the gateway refused without asking the (absent) booking service.
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("seatIds");
    }

    @Test
    void aValidHoldGoesToTheBookingServiceAndReportsItUnavailable() {
        JsonObject response = customer.post(HOLD, Map.of("s", "1", "ids", seatIds(2).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
    }

    @Test
    void ticketTypeChoicesAreCheckedAtTheEdgeNamingTheFieldAndAValidOneGoesToTheBookingService() {
        String choose = "mutation($b: ID!, $t: [TicketTypeChoice!]!) { chooseTicketTypes(bookingId: $b, tickets: $t) { id } }";
        JsonArrayBuilder eleven = Json.createArrayBuilder();
        for (int i = 1; i <= 11; i++) {
            eleven.add(Json.createObjectBuilder().add("seatId", String.valueOf(i)).add("type", "CHILD"));
        }
        JsonObject none = customer.post(choose, Map.of("b", "1", "t", Json.createArrayBuilder().build()));
        JsonObject tooMany = customer.post(choose, Map.of("b", "1", "t", eleven.build()));
        JsonObject badSeat = customer.post(choose, Map.of("b", "1", "t", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("seatId", "A5").add("type", "CHILD")).build()));
        JsonObject badType = customer.post(choose, Map.of("b", "1", "t", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("seatId", "5").add("type", "TODDLER")).build()));

        // refused by the gateway itself: the (absent) booking service would have answered UPSTREAM_UNAVAILABLE
        assertThat(GraphQlHttp.firstErrorField(none)).as(none.toString()).isEqualTo("tickets");
        assertThat(GraphQlHttp.firstErrorField(tooMany)).as(tooMany.toString()).isEqualTo("tickets");
        assertThat(GraphQlHttp.firstErrorField(badSeat)).as(badSeat.toString()).isEqualTo("tickets[0].seatId");
        assertThat(badType.toString()).as("an unknown type is not in the enum").contains("TODDLER")
                .doesNotContain("\tat ");
        assertThat(GraphQlHttp.firstErrorCode(badType)).isNotEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(choose, Map.of("b", "1", "t", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("seatId", "5").add("type", "CHILD")).build()))))
                .isEqualTo("UNAUTHENTICATED");
        JsonObject valid = customer.post(choose, Map.of("b", "1", "t", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("seatId", "5").add("type", "SENIOR")).build()));
        assertThat(GraphQlHttp.firstErrorCode(valid)).as(valid.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
        // the public list of types needs no sign-in: it reaches the booking service
        assertThat(GraphQlHttp.firstErrorCode(graphql.post("{ ticketTypes { type } }"))).isEqualTo("UPSTREAM_UNAVAILABLE");
    }

    @Test
    void sendingTicketsAgainNeedsASignedInCallerAndGoesToTheBookingService() {
        String send = "mutation($b: ID!) { sendTicketsAgain(bookingId: $b) { recipient sendsLeft } }";

        assertThat(GraphQlHttp.firstErrorCode(graphql.post(send, Map.of("b", "1")))).isEqualTo("UNAUTHENTICATED");
        // the booking service decides whose booking it is and what may be sent: the (absent) service is asked
        JsonObject asked = customer.post(send, Map.of("b", "1"));
        assertThat(GraphQlHttp.firstErrorCode(asked)).as(asked.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(GraphQlHttp.firstErrorCode(admin.post(send, Map.of("b", "1")))).isEqualTo("UPSTREAM_UNAVAILABLE");
    }

    @Test
    void schedulingIsForStaffOnly() {
        String create = "mutation($in: ShowtimeInput!) { createShowtime(input: $in) { id } }";
        JsonObject input = Json.createObjectBuilder().add("movieId", "1").add("auditoriumId", "1")
                .add("startsAt", "2030-01-01T18:00:00Z").add("basePriceCents", 1200).add("currency", "GBP").build();

        assertThat(GraphQlHttp.firstErrorCode(customer.post(create, Map.of("in", input)))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(create, Map.of("in", input)))).isEqualTo("UNAUTHENTICATED");
        JsonObject badCurrency = Json.createObjectBuilder(input).add("currency", "pounds").build();
        JsonObject refused = admin.post(create, Map.of("in", badCurrency));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(refused)).isEqualTo("input.currency");
    }

    @Test
    void myBookingsNeedsASignedInUser() {
        assertThat(GraphQlHttp.firstErrorCode(graphql.post("{ myBookings { id } }"))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(customer.post("{ bookings { total } }"))).isEqualTo("FORBIDDEN");
    }

    @Test
    void seatEventsWithoutTheBookingServiceAreACleanJson503NotAHangingStream() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/showtimes/1/seat-events"))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(15))
                .GET().build();
        Instant start = Instant.now();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(body.getString("code")).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(body.getString("message")).contains("booking service");
    }
}
