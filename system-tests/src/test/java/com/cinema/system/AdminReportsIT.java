package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin dashboard and CSV exports of issue #15 against the whole platform: bookings bought and refunded
 * through the gateway show up in the dashboard's figures (today's, compared as deltas: system tests run one
 * class at a time) and in each export, parsed as CSV; a cinema whose name has a comma and quotes survives the
 * quoting. Occupancy is checked on a show day only this test schedules on, so it is exact. Customers are refused.
 */
@ExtendWith(PlatformExtension.class)
@Order(40)
class AdminReportsIT {

    private static final String DASHBOARD = "query($from: Date, $to: Date) { dashboard(from: $from, to: $to) { from to "
            + "revenue { currency amountCents } refunded { currency amountCents } ticketsSold bookingsConfirmed "
            + "occupancyPercent topMovies { movieId title ticketsSold } bookingsPerDay { date bookings ticketsSold } "
            + "occupancyByCinema { cinemaId cinemaName showtimes seatsSold capacity occupancyPercent } "
            + "revenuePerDay { date currency amountCents } } }";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Fixtures fixtures;
    private static final String CINEMA_NAME = "Lumen, \"Report\" " + UUID.randomUUID().toString().substring(0, 6);
    private static String cinemaId;
    private static JsonObject showtime;
    private static LocalDate showDay;

    @BeforeAll
    static void aCinemaAndAShowtimeOfTheirOwn() {
        fixtures = new Fixtures();
        JsonObject input = Json.createObjectBuilder().add("name", CINEMA_NAME).add("address", "1 Export Street, Unit \"B\"")
                .add("city", "Testville").add("latitude", 51.5).add("longitude", -0.1).add("timeZone", "Europe/London")
                // single seats bought one after another: the seat rules (SeatRulesIT) would refuse the last
                .add("seatRulesEnabled", false).build();
        cinemaId = Fixtures.data(fixtures.admin.post("mutation($in: CinemaInput!) { createCinema(input: $in) { id name } }",
                Map.of("in", input)), "createCinema").getString("id");
        String auditoriumId = fixtures.createAuditorium(cinemaId, "Screen 1", 2, 5).getString("id");
        // Further ahead than the other system tests schedule (Fixtures: 60 to 2060 days).
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .plusDays(2200 + ThreadLocalRandom.current().nextInt(1000)).plusHours(19);
        showDay = startsAt.toLocalDate();
        showtime = fixtures.createShowtime(fixtures.demoMovie().getString("id"), auditoriumId, startsAt);
    }

    private static JsonObject dashboard(GraphQlHttp as, LocalDate from, LocalDate to) {
        return Fixtures.data(as.post(DASHBOARD, Map.of("from", from.toString(), "to", to.toString())), "dashboard");
    }

    /** A new customer holds these seats and pays by card; answers the confirmed booking with its payment. */
    private static JsonObject bought(List<String> seats) {
        GraphQlHttp customer = fixtures.customer();
        String bookingId = CheckoutIT.hold(customer, showtime.getString("id"), seats).getString("id");
        JsonObject booking = Fixtures.data(CheckoutIT.checkout(customer, bookingId, CheckoutIT.card(CheckoutIT.GOOD_CARD),
                UUID.randomUUID().toString()), "checkout");
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        return booking;
    }

    private static long money(JsonObject dashboard, String list, String currency) {
        return dashboard.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("currency").equals(currency))
                .mapToLong(m -> m.getJsonNumber("amountCents").longValue()).sum();
    }

    private static JsonObject day(JsonObject dashboard, LocalDate date) {
        return dashboard.getJsonArray("bookingsPerDay").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(date.toString())).findFirst().orElseThrow();
    }

    private static HttpResponse<String> csv(String report, LocalDate from, LocalDate to, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformExtension.platform().gatewayUrl()
                        + "/api/admin/reports/" + report + ".csv?from=" + from + "&to=" + to))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The export's rows by the value of one column, parsed with its header as a spreadsheet would. */
    private static Map<String, CSVRecord> rows(HttpResponse<String> response, String key) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(response.body()))) {
            // A row seen twice (a page boundary moving under a concurrent write) counts once.
            return parser.getRecords().stream().collect(Collectors.toMap(r -> r.get(key), Function.identity(), (a, b) -> a));
        }
    }

    private static CSVRecord row(Map<String, CSVRecord> rows, String key) {
        assertThat(rows).as("rows by key").containsKey(key);
        return rows.get(key);
    }

    @Test
    void theDashboardAndEveryExportShowWhatWasBoughtAndRefunded() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String movieId = showtime.getString("movieId");
        List<String> seats = fixtures.seats(showtime.getString("id")).stream().map(s -> s.getString("seatId")).toList();
        JsonObject before = dashboard(fixtures.admin, today, today);

        JsonObject two = bought(seats.subList(0, 2));
        JsonObject one = bought(seats.subList(2, 3));
        JsonObject refunded = bought(seats.subList(3, 4));
        JsonObject refund = Fixtures.data(fixtures.admin.post(CheckoutIT.REFUND, Map.of("b", refunded.getString("id"),
                "r", "Report test")), "refundBooking");
        assertThat(refund.getString("status")).isEqualTo("REFUNDED");
        long paid = two.getInt("totalCents") + one.getInt("totalCents");
        long refundedCents = refunded.getInt("totalCents");

        JsonObject after = dashboard(fixtures.admin, today, today);
        assertThat(after.getInt("bookingsConfirmed") - before.getInt("bookingsConfirmed")).isEqualTo(2);
        assertThat(after.getInt("ticketsSold") - before.getInt("ticketsSold")).isEqualTo(3);
        assertThat(money(after, "revenue", "GBP") - money(before, "revenue", "GBP")).isEqualTo(paid);
        assertThat(money(after, "refunded", "GBP") - money(before, "refunded", "GBP")).isEqualTo(refundedCents);
        assertThat(day(after, today).getInt("ticketsSold") - day(before, today).getInt("ticketsSold")).isEqualTo(3);
        assertThat(after.getJsonArray("topMovies").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("movieId")).isEqualTo(movieId);
                    assertThat(m.getString("title")).isNotBlank();
                });

        JsonObject onShowDay = dashboard(fixtures.admin, showDay, showDay);
        assertThat(onShowDay.getJsonArray("occupancyByCinema").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("cinemaId").equals(cinemaId)).singleElement().satisfies(c -> {
                    assertThat(c.getString("cinemaName")).isEqualTo(CINEMA_NAME);
                    assertThat(c.getInt("seatsSold")).isEqualTo(3);
                    assertThat(c.getInt("capacity")).isEqualTo(10);
                    assertThat(c.getJsonNumber("occupancyPercent").doubleValue()).isEqualTo(30.0);
                });

        String admin = adminToken();
        Map<String, CSVRecord> bookings = rows(csv("bookings", today, today, admin), "bookingId");
        CSVRecord twoSeats = row(bookings, two.getString("id"));
        assertThat(twoSeats.get("status")).isEqualTo("CONFIRMED");
        assertThat(twoSeats.get("tickets")).isEqualTo("2");
        assertThat(twoSeats.get("totalCents")).isEqualTo(String.valueOf(two.getInt("totalCents")));
        assertThat(twoSeats.get("cinemaName")).isEqualTo(CINEMA_NAME);
        assertThat(twoSeats.get("showtimeId")).isEqualTo(showtime.getString("id"));
        // Its buyer has a test token of an id the user service never issued: the customer's cells stay empty.
        assertThat(twoSeats.get("customerEmail")).isEmpty();
        assertThat(twoSeats.get("customerName")).isEmpty();
        assertThat(row(bookings, refunded.getString("id")).get("status")).isEqualTo("REFUNDED");

        Map<String, CSVRecord> payments = rows(csv("payments", today, today, admin), "paymentId");
        JsonObject refundedPayment = refunded.getJsonObject("payment");
        CSVRecord twoPaid = row(payments, two.getJsonObject("payment").getString("id"));
        assertThat(twoPaid.get("bookingId")).isEqualTo(two.getString("id"));
        assertThat(twoPaid.get("bookingCode")).isEqualTo(two.getString("code"));
        assertThat(twoPaid.get("netCents")).isEqualTo(String.valueOf(two.getInt("totalCents")));
        assertThat(twoPaid.get("currency")).isEqualTo("GBP");
        assertThat(row(payments, one.getJsonObject("payment").getString("id")).get("status")).isEqualTo("SUCCEEDED");
        CSVRecord refundedPaid = row(payments, refundedPayment.getString("id"));
        assertThat(refundedPaid.get("status")).isEqualTo("REFUNDED");
        assertThat(refundedPaid.get("netCents")).isEqualTo("0");

        Map<String, CSVRecord> occupancy = rows(csv("occupancy", showDay, showDay, admin), "showtimeId");
        CSVRecord shown = row(occupancy, showtime.getString("id"));
        assertThat(shown.get("seatsSold")).isEqualTo("3");
        assertThat(shown.get("capacity")).isEqualTo("10");
        assertThat(shown.get("cinemaName")).isEqualTo(CINEMA_NAME);
        assertThat(shown.get("movieId")).isEqualTo(movieId);
    }

    /**
     * Staff's bookings list names each booking's customer (Booking.customer): the accounts of a whole page load with
     * one call to the user service, and a customer, whose bookings are all their own, is refused the field. The
     * bookings export carries the same names and e-mails.
     */
    @Test
    void staffSeeWhoMadeEachBookingWithOneUserLoadPerPageAndCustomersCannot() throws Exception {
        List<String> seats = fixtures.seats(showtime.getString("id")).stream().map(s -> s.getString("seatId")).toList();
        JsonObject ana = registered("Ana Aisle");
        JsonObject ben = registered("Ben Balcony");
        GraphQlHttp anaApi = fixtures.gateway.withBearer(ana.getString("accessToken"));
        String anaBooking = CheckoutIT.hold(anaApi, showtime.getString("id"), seats.subList(8, 9)).getString("id");
        String benBooking = CheckoutIT.hold(fixtures.gateway.withBearer(ben.getString("accessToken")),
                showtime.getString("id"), seats.subList(9, 10)).getString("id");

        Map<String, Double> before = Fixtures.referenceLoads();
        JsonObject page = Fixtures.data(fixtures.admin.post("query($f: BookingFilter) { bookings(filter: $f, size: 100) "
                        + "{ items { id userId customer { id email fullName } } } }",
                Map.of("f", Json.createObjectBuilder().add("showtimeId", showtime.getString("id")).build())), "bookings");
        Map<String, Double> after = Fixtures.referenceLoads();

        // (The other test's buyers have test tokens of ids the user service never issued: their customer is null.)
        Map<String, JsonObject> customerOf = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(b -> !b.isNull("customer"))
                .collect(Collectors.toMap(b -> b.getString("id"), b -> b.getJsonObject("customer")));
        for (Map.Entry<String, JsonObject> made : Map.of(anaBooking, ana, benBooking, ben).entrySet()) {
            JsonObject user = made.getValue().getJsonObject("user");
            assertThat(customerOf.get(made.getKey())).as("customer of " + made.getKey()).isNotNull();
            assertThat(customerOf.get(made.getKey()).getString("email")).isEqualTo(user.getString("email"));
            assertThat(customerOf.get(made.getKey()).getString("fullName")).isEqualTo(user.getString("fullName"));
            assertThat(customerOf.get(made.getKey()).getString("id")).isEqualTo(user.getString("id"));
        }
        assertThat(after.getOrDefault("customer", 0.0) - before.getOrDefault("customer", 0.0))
                .as("one user-service load for the whole page").isEqualTo(1.0);

        // The bookings export names them too.
        Map<String, CSVRecord> exported = rows(csv("bookings", LocalDate.now(ZoneOffset.UTC),
                LocalDate.now(ZoneOffset.UTC), adminToken()), "bookingId");
        for (Map.Entry<String, JsonObject> made : Map.of(anaBooking, ana, benBooking, ben).entrySet()) {
            JsonObject user = made.getValue().getJsonObject("user");
            CSVRecord row = row(exported, made.getKey());
            assertThat(row.get("userId")).isEqualTo(user.getString("id"));
            assertThat(row.get("customerEmail")).isEqualTo(user.getString("email"));
            assertThat(row.get("customerName")).isEqualTo(user.getString("fullName"));
        }

        JsonObject mine = anaApi.post("{ myBookings { id customer { email } } }");
        assertThat(GraphQlHttp.firstErrorCode(mine)).as(mine.toString()).isEqualTo("FORBIDDEN");
        assertThat(mine.toString()).doesNotContain(ben.getJsonObject("user").getString("email"));
        JsonObject own = mine.getJsonObject("data").getJsonArray("myBookings").getJsonObject(0);
        assertThat(own.getString("id")).as("the rest of the answer stands").isEqualTo(anaBooking);
        assertThat(own.isNull("customer")).isTrue();
    }

    /** A customer registered through the gateway: its access token and user. */
    private static JsonObject registered(String name) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return Fixtures.data(fixtures.gateway.post("mutation($in: RegisterInput!) { register(input: $in) { accessToken "
                + "user { id email fullName } } }", Map.of("in", Json.createObjectBuilder().add("email", email)
                .add("password", "Popcorn-And-Films-1").add("fullName", name).build())), "register");
    }

    @Test
    void aCustomerGetsNeitherTheDashboardNorAnyExport() throws Exception {
        String id = Fixtures.newUserId();
        String token = Fixtures.TOKENS.user(id, "report-" + id + "@example.org");
        GraphQlHttp customer = fixtures.gateway.withBearer(token);
        assertThat(GraphQlHttp.firstErrorCode(customer.post("{ dashboard { ticketsSold } }"))).isEqualTo("FORBIDDEN");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String report : List.of("bookings", "payments", "occupancy")) {
            HttpResponse<String> response = csv(report, today, today, token);
            assertThat(response.statusCode()).as(report).isEqualTo(403);
            assertThat(response.body()).contains("FORBIDDEN");
        }
    }

    private static String adminToken() {
        return Fixtures.TOKENS.admin(Fixtures.newUserId(), "report-admin@example.org");
    }
}
