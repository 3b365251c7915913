package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.StubPorts;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The admin dashboard and CSV exports on the gateway's own server: who may ask, what a bad period or report name
 * answers, and how an export fails while the booking service is absent (nothing listens at its URL, as in
 * {@link BookingGatewayIT}: the resource lock keeps {@link ShowtimeReferencesIT}'s booking stub away).
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class ReportsGatewayIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final String CUSTOMER = TOKENS.user("4201", "it-report-customer@example.org");
    private static final String ADMIN = TOKENS.admin("4202", "it-report-admin@example.org");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bookings", "payments", "occupancy"})
    void everyExportIsForStaffOnly(String report) throws Exception {
        HttpResponse<String> anonymous = get("/api/admin/reports/" + report + ".csv", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).getString("code")).isEqualTo("UNAUTHENTICATED");

        HttpResponse<String> customer = get("/api/admin/reports/" + report + ".csv?from=2031-01-01&to=2031-01-31",
                CUSTOMER);
        assertThat(customer.statusCode()).isEqualTo(403);
        assertThat(json(customer).getString("code")).isEqualTo("FORBIDDEN");
        assertThat(customer.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void aBadPeriodOrAnUnknownReportIsRefusedBeforeAnyServiceIsAsked() throws Exception {
        HttpResponse<String> notADate = get("/api/admin/reports/bookings.csv?from=yesterday", ADMIN);
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(json(notADate).getString("code")).isEqualTo("VALIDATION");
        assertThat(json(notADate).getString("field")).isEqualTo("from");

        HttpResponse<String> backwards = get("/api/admin/reports/payments.csv?from=2031-02-01&to=2031-01-01", ADMIN);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json(backwards).getString("field")).isEqualTo("to");

        HttpResponse<String> unknown = get("/api/admin/reports/users.csv", ADMIN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void anExportWhoseServiceIsDownIsACleanJson503NotAnEmptyCsv() throws Exception {
        HttpResponse<String> response = get("/api/admin/reports/occupancy.csv?from=2031-01-01&to=2031-01-31", ADMIN);

        assertThat(response.statusCode()).isEqualTo(503);
        JsonObject body = json(response);
        assertThat(body.getString("code")).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(body.getString("message")).contains("booking service");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void theDashboardIsForStaffAndNamesTheServiceThatIsDown() {
        String query = "{ dashboard { from to ticketsSold revenue { currency amountCents } } }";
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(query))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(graphql.withBearer(CUSTOMER).post(query))).isEqualTo("FORBIDDEN");

        JsonObject down = graphql.withBearer(ADMIN).post(query);
        assertThat(GraphQlHttp.firstErrorCode(down)).as(down.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(GraphQlHttp.firstErrorMessage(down)).contains("booking service");
        assertThat(down.toString()).doesNotContain("Exception");

        JsonObject backwards = graphql.withBearer(ADMIN).post("{ dashboard(from: \"2031-02-01\", to: \"2031-01-01\") { from } }");
        assertThat(GraphQlHttp.firstErrorCode(backwards)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(backwards)).isEqualTo("to");
    }
}
