package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cinemas and seating (issue #5), only through the gateway: distance search, city filter, auditorium layouts and
 * their validation, roles, stable seat ids, and the rules that depend on the booking service's schedule.
 */
@ExtendWith(PlatformExtension.class)
@Order(20)
class CinemaEstateIT {

    private static final String AUDITORIUM = "id cinemaId name format capacity rows columns "
            + "seats { id label row number x y type blocked }";
    private static final String CREATE_CINEMA = "mutation($in: CinemaInput!) { createCinema(input: $in) { id name city } }";
    private static final String UPDATE_CINEMA = "mutation($id: ID!, $in: CinemaInput!) { updateCinema(id: $id, input: $in) "
            + "{ id name city latitude longitude timeZone facilities } }";
    private static final String DELETE_CINEMA = "mutation($id: ID!) { deleteCinema(id: $id) }";
    private static final String CREATE_AUDITORIUM = "mutation($in: AuditoriumInput!) { createAuditorium(input: $in) { "
            + AUDITORIUM + " } }";
    private static final String UPDATE_AUDITORIUM = "mutation($id: ID!, $in: AuditoriumInput!) { "
            + "updateAuditorium(id: $id, input: $in) { " + AUDITORIUM + " } }";
    private static final String NEAR = "query($near: GeoPointInput, $r: Float) { cinemas(near: $near, radiusKm: $r) "
            + "{ id name city distanceKm } }";
    /** Cinemas these tests create are in this city, on the Equator far from any demo cinema. */
    private static final String TEST_CITY = "Estateville";
    private static final List<String> DEMO_CINEMAS = List.of("Lumen Southbank", "Lumen Camden", "Lumen Ancoats",
            "Lumen Ormond Quay");

    private static final GraphQlHttp gateway = new GraphQlHttp(PlatformExtension.platform().gatewayUrl());
    private static GraphQlHttp admin;
    private static GraphQlHttp customer;

    @BeforeAll
    static void signIn() {
        admin = gateway.withBearer(token("admin@cinema.test", "Admin-Demo-2026!"));
        customer = gateway.withBearer(token("customer@cinema.test", "Customer-Demo-2026"));
    }

    // ---- finding cinemas ----

    @Test
    void aListOfCinemasGetsItsAuditoriumsInOneLoad() {
        Map<String, Double> before = ShowtimeScheduleIT.Fixtures.referenceLoads();
        JsonObject response = gateway.post("{ cinemas { id name auditoriums { id cinemaId name seats { id } } } }");
        Map<String, Double> after = ShowtimeScheduleIT.Fixtures.referenceLoads();

        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        List<JsonObject> demo = demo(list(response));
        assertThat(demo).hasSize(DEMO_CINEMAS.size());
        for (JsonObject cinema : demo) {
            List<JsonObject> auditoriums = cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class);
            assertThat(auditoriums).as(cinema.getString("name")).hasSizeBetween(2, 4)
                    .allSatisfy(a -> assertThat(a.getString("cinemaId")).isEqualTo(cinema.getString("id")))
                    .allSatisfy(a -> assertThat(a.getJsonArray("seats")).isNotEmpty());
        }
        // However many cinemas: one call to the cinema service for all their auditoriums.
        assertThat(after.getOrDefault("cinema_auditoriums", 0.0) - before.getOrDefault("cinema_auditoriums", 0.0))
                .isEqualTo(1.0);
    }

    @Test
    void fromCentralLondonTheLondonCinemasComeFirstWithPlausibleDistances() {
        List<JsonObject> found = demo(list(gateway.post(NEAR, Map.of("near", point(51.508039, -0.128069)))));
        assertThat(found).extracting(c -> c.getString("name"))
                .containsExactly("Lumen Southbank", "Lumen Camden", "Lumen Ancoats", "Lumen Ormond Quay");
        assertThat(found).extracting(c -> c.getString("city")).containsExactly("London", "London", "Manchester", "Dublin");
        // Trafalgar Square to Belvedere Road is under a kilometre; to Parkway about 3.5 km; Manchester ~262 km; Dublin ~464 km.
        assertThat(km(found.get(0))).isBetween(0.7, 1.1);
        assertThat(km(found.get(1))).isBetween(3.2, 3.9);
        assertThat(km(found.get(2))).isBetween(255.0, 270.0);
        assertThat(km(found.get(3))).isBetween(455.0, 475.0);
    }

    @Test
    void aFiftyKilometreRadiusAroundLondonExcludesManchesterAndDublin() {
        List<JsonObject> found = list(gateway.post(NEAR, Map.of("near", point(51.508039, -0.128069), "r", 50)));
        assertThat(found).extracting(c -> c.getString("city")).containsOnly("London");
        assertThat(found).extracting(c -> c.getString("name")).contains("Lumen Southbank", "Lumen Camden")
                .doesNotContain("Lumen Ancoats", "Lumen Ormond Quay");
        assertThat(found).allMatch(c -> km(c) <= 50);

        List<JsonObject> fromManchester = list(gateway.post(NEAR, Map.of("near", point(53.4808, -2.2426), "r", 50)));
        assertThat(demo(fromManchester)).extracting(c -> c.getString("name")).containsExactly("Lumen Ancoats");
    }

    @Test
    void theCityFilterIgnoresCaseAndWithoutNearCinemasComeByNameWithoutDistance() {
        List<JsonObject> london = demo(list(gateway.post("{ cinemas(city: \"lonDON\") { name city distanceKm } }")));
        assertThat(london).extracting(c -> c.getString("name")).containsExactly("Lumen Camden", "Lumen Southbank");
        assertThat(london).allMatch(c -> c.isNull("distanceKm"));
        assertThat(list(gateway.post("{ cinemas(city: \"Dublin\") { name city } }"))).extracting(c -> c.getString("city"))
                .isNotEmpty().containsOnly("Dublin");
        assertThat(list(gateway.post("{ cinemas(city: \"Atlantis\") { name } }"))).isEmpty();
    }

    @Test
    void badSearchArgumentsNameTheirField() {
        JsonObject latitude = gateway.post(NEAR, Map.of("near", point(95, 0)));
        assertThat(GraphQlHttp.firstErrorCode(latitude)).as(latitude.toString()).isEqualTo("VALIDATION");
        assertThat(field(latitude)).isEqualTo("near.latitude");
        JsonObject radiusAlone = gateway.post("{ cinemas(radiusKm: 10) { name } }");
        assertThat(GraphQlHttp.firstErrorCode(radiusAlone)).isEqualTo("VALIDATION");
        assertThat(field(radiusAlone)).isEqualTo("radiusKm");
    }

    @Test
    void aCinemaHasItsFacilitiesAndAuditoriumsWhoseCapacityIsTheirBookableSeats() {
        String id = list(gateway.post("{ cinemas(city: \"Manchester\") { id name } }")).get(0).getString("id");
        JsonObject cinema = data(gateway.post("query($id: ID!) { cinema(id: $id) { id name timeZone facilities auditoriums { "
                + AUDITORIUM + " } } }", Map.of("id", id))).getJsonObject("cinema");
        assertThat(cinema.getString("name")).isEqualTo("Lumen Ancoats");
        assertThat(cinema.getJsonArray("facilities").getValuesAs(JsonString::getString)).contains("WHEELCHAIR_ACCESS", "PARKING");
        List<JsonObject> auditoriums = cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class);
        assertThat(auditoriums).hasSizeBetween(2, 4);
        assertThat(auditoriums.stream().map(a -> a.getInt("capacity")).distinct().count()).isGreaterThan(1);
        for (JsonObject auditorium : auditoriums) {
            List<JsonObject> seats = auditorium.getJsonArray("seats").getValuesAs(JsonObject.class);
            assertThat(auditorium.getInt("capacity")).as(auditorium.getString("name"))
                    .isEqualTo(seats.stream().filter(s -> !s.getBoolean("blocked")).count());
            assertThat(auditorium.getString("cinemaId")).isEqualTo(id);
        }
        assertThat(auditoriums.stream().flatMap(a -> a.getJsonArray("seats").getValuesAs(JsonObject.class).stream())
                .map(s -> s.getString("type")).collect(Collectors.toSet())).contains("WHEELCHAIR", "VIP", "COUPLE");
    }

    // ---- staff changes ----

    @Test
    void aCreatedAuditoriumCountsOnlyUnblockedSeatsAndAnUpdateKeepsTheIdsOfUnchangedSeats() {
        String cinemaId = newCinema();
        JsonObject created = data(admin.post(CREATE_AUDITORIUM, Map.of("in", auditorium(cinemaId, "Screen 1", 2, 4,
                seats(seat("A", 1, 0, 0, "WHEELCHAIR", false), seat("A", 2, 2, 0, "STANDARD", false),
                        seat("A", 3, 3, 0, "STANDARD", true), seat("B", 1, 0, 1, "VIP", false),
                        seat("B", 2, 2, 1, "COUPLE", false)))))).getJsonObject("createAuditorium");
        assertThat(created.getJsonArray("seats")).hasSize(5);
        assertThat(created.getInt("capacity")).isEqualTo(4);
        Map<String, String> before = seatIds(created);

        // A2 moves one cell left, A3 goes, B3 is new, B1 becomes blocked; A1 and B2 are unchanged.
        JsonObject updated = data(admin.post(UPDATE_AUDITORIUM, Map.of("id", created.getString("id"), "in",
                auditorium(cinemaId, "Screen One", 2, 4, seats(seat("A", 1, 0, 0, "WHEELCHAIR", false),
                        seat("A", 2, 1, 0, "STANDARD", false), seat("B", 1, 0, 1, "VIP", true),
                        seat("B", 2, 2, 1, "COUPLE", false), seat("B", 3, 3, 1, "PREMIUM", false))))))
                .getJsonObject("updateAuditorium");
        Map<String, String> after = seatIds(updated);
        assertThat(updated.getString("name")).isEqualTo("Screen One");
        assertThat(after.keySet()).containsExactlyInAnyOrder("A1", "A2", "B1", "B2", "B3");
        assertThat(after.get("A1")).isEqualTo(before.get("A1"));
        assertThat(after.get("B2")).isEqualTo(before.get("B2"));
        assertThat(after.get("A2")).isEqualTo(before.get("A2"));
        assertThat(after.get("B3")).isNotIn(before.values());
        assertThat(updated.getInt("capacity")).isEqualTo(4);

        JsonObject cinema = data(gateway.post("query($id: ID!) { cinema(id: $id) { auditoriums { " + AUDITORIUM + " } } }",
                Map.of("id", cinemaId))).getJsonObject("cinema");
        assertThat(seatIds(cinema.getJsonArray("auditoriums").getJsonObject(0))).isEqualTo(after);
    }

    @Test
    void brokenLayoutsAreValidationErrorsNamingTheField() {
        String cinemaId = newCinema();
        assertLayoutError(cinemaId, seats(), "input.seats");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 0, 0, "STANDARD", false)),
                "input.seats[1]");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 1, 1, 0, "STANDARD", false)),
                "input.seats[1].number");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 4, 0, "STANDARD", false)),
                "input.seats[1].x");
        assertThat(data(gateway.post("query($id: ID!) { cinema(id: $id) { auditoriums { id } } }", Map.of("id", cinemaId)))
                .getJsonObject("cinema").getJsonArray("auditoriums")).isEmpty();
    }

    @Test
    void aCustomerCannotChangeCinemasOrAuditoriumsAndAnonymousCallersMustSignIn() {
        String cinemaId = newCinema();
        String auditoriumId = data(admin.post(CREATE_AUDITORIUM, Map.of("in", auditorium(cinemaId, "Screen 1", 1, 2,
                seats(seat("A", 1, 0, 0, "STANDARD", false)))))).getJsonObject("createAuditorium").getString("id");
        Map<String, Object> cinemaArgs = Map.of("id", cinemaId, "in", cinemaInput("Lumen Hijacked " + UUID.randomUUID()).build());
        Map<String, Object> auditoriumArgs = Map.of("id", auditoriumId, "in", auditorium(cinemaId, "Hijacked", 1, 2,
                seats(seat("A", 1, 1, 0, "STANDARD", false))));
        Map<String, Object> newAuditorium = Map.of("in", auditorium(cinemaId, "Screen 2", 1, 1, seats(seat("A", 1, 0, 0, "STANDARD", false))));
        Map<String, Object> newCinema = Map.of("in", cinemaInput("Lumen Sneaky " + UUID.randomUUID()).build());

        for (var entry : Map.of("FORBIDDEN", customer, "UNAUTHENTICATED", gateway).entrySet()) {
            GraphQlHttp caller = entry.getValue();
            assertThat(GraphQlHttp.firstErrorCode(caller.post(CREATE_CINEMA, newCinema))).isEqualTo(entry.getKey());
            assertThat(GraphQlHttp.firstErrorCode(caller.post(UPDATE_CINEMA, cinemaArgs))).isEqualTo(entry.getKey());
            assertThat(GraphQlHttp.firstErrorCode(caller.post(DELETE_CINEMA, Map.of("id", cinemaId)))).isEqualTo(entry.getKey());
            assertThat(GraphQlHttp.firstErrorCode(caller.post(CREATE_AUDITORIUM, newAuditorium))).isEqualTo(entry.getKey());
            assertThat(GraphQlHttp.firstErrorCode(caller.post(UPDATE_AUDITORIUM, auditoriumArgs))).isEqualTo(entry.getKey());
        }
        JsonObject unchanged = data(gateway.post("query($id: ID!) { cinema(id: $id) { name auditoriums { name seats { x } } } }",
                Map.of("id", cinemaId))).getJsonObject("cinema");
        assertThat(unchanged.getString("name")).startsWith("Lumen Estate ST ");
        assertThat(unchanged.getJsonArray("auditoriums")).hasSize(1);
        assertThat(unchanged.getJsonArray("auditoriums").getJsonObject(0).getString("name")).isEqualTo("Screen 1");
        assertThat(unchanged.getJsonArray("auditoriums").getJsonObject(0).getJsonArray("seats").getJsonObject(0).getInt("x")).isZero();
    }

    @Test
    void anAdminUpdatesACinemaWithValidationOnEveryField() {
        String cinemaId = newCinema();
        String name = "Lumen Renamed " + UUID.randomUUID();
        JsonObject updated = data(admin.post(UPDATE_CINEMA, Map.of("id", cinemaId, "in", cinemaInput(name)
                .add("latitude", 1.25).add("timeZone", "Africa/Lagos")
                .add("facilities", Json.createArrayBuilder().add("cafe").add("PARKING")).build()))).getJsonObject("updateCinema");
        assertThat(updated.getString("name")).isEqualTo(name);
        assertThat(updated.getJsonNumber("latitude").doubleValue()).isEqualTo(1.25);
        assertThat(updated.getString("timeZone")).isEqualTo("Africa/Lagos");
        assertThat(updated.getJsonArray("facilities").getValuesAs(JsonString::getString)).containsExactly("CAFE", "PARKING");

        assertThat(field(admin.post(UPDATE_CINEMA, Map.of("id", cinemaId, "in", cinemaInput(name).add("longitude", 181).build()))))
                .isEqualTo("input.longitude");
        assertThat(field(admin.post(UPDATE_CINEMA, Map.of("id", cinemaId, "in", cinemaInput(name).add("timeZone", "Moon/Base").build()))))
                .isEqualTo("input.timeZone");
        assertThat(field(admin.post(UPDATE_CINEMA, Map.of("id", cinemaId, "in", cinemaInput(name)
                .add("facilities", Json.createArrayBuilder().add("HELIPAD")).build())))).isEqualTo("input.facilities");
        assertThat(field(admin.post(UPDATE_CINEMA, Map.of("id", cinemaId, "in", cinemaInput(name).add("name", " ").build()))))
                .isEqualTo("input.name");
    }

    // ---- rules that depend on the schedule (booking service) ----

    @Test
    void scheduledShowtimesProtectTheCinemaAndHeldSeatsProtectTheLayoutButNotTheName() {
        String cinemaId = newCinema();
        JsonObject screen = data(admin.post(CREATE_AUDITORIUM, Map.of("in", auditorium(cinemaId, "Screen 1", 2, 3,
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false),
                        seat("B", 1, 0, 1, "VIP", false)))))).getJsonObject("createAuditorium");
        String auditoriumId = screen.getString("id");
        Map<String, String> seatIds = seatIds(screen);

        // Without showtimes the layout may change.
        data(admin.post(UPDATE_AUDITORIUM, Map.of("id", auditoriumId, "in", auditorium(cinemaId, "Screen 1", 2, 3,
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false),
                        seat("B", 1, 1, 1, "VIP", false))))));

        String showtimeId = createShowtime(auditoriumId);
        JsonObject refused = admin.post(DELETE_CINEMA, Map.of("id", cinemaId));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("CONFLICT");

        // A scheduled showtime without held or sold seats does not freeze the layout.
        data(admin.post(UPDATE_AUDITORIUM, Map.of("id", auditoriumId, "in", auditorium(cinemaId, "Screen 1", 2, 3,
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false),
                        seat("B", 1, 2, 1, "VIP", false))))));

        // A1 and A2 together: A1 alone would leave A2 on its own against the wall (the seat rules, on by default).
        JsonObject hold = customer.post("mutation($s: ID!, $seats: [String!]!) { holdSeats(showtimeId: $s, seatIds: $seats) { id status } }",
                Map.of("s", showtimeId, "seats", Json.createArrayBuilder().add(seatIds.get("A1")).add(seatIds.get("A2")).build()));
        assertThat(hold.containsKey("errors")).as(hold.toString()).isFalse();

        JsonObject relayout = admin.post(UPDATE_AUDITORIUM, Map.of("id", auditoriumId, "in", auditorium(cinemaId, "Screen 1", 2, 3,
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 2, 0, "STANDARD", false),
                        seat("B", 1, 2, 1, "VIP", false)))));
        assertThat(GraphQlHttp.firstErrorCode(relayout)).as(relayout.toString()).isEqualTo("CONFLICT");

        JsonObject renamed = data(admin.post(UPDATE_AUDITORIUM, Map.of("id", auditoriumId, "in", auditorium(cinemaId,
                "Screen Renamed", 2, 3, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false),
                        seat("B", 1, 2, 1, "VIP", false)))))).getJsonObject("updateAuditorium");
        assertThat(renamed.getString("name")).isEqualTo("Screen Renamed");
        assertThat(seatIds(renamed)).isEqualTo(seatIds);
    }

    @Test
    void aCinemaWithoutShowtimesIsDeletedWithItsAuditoriums() {
        String cinemaId = newCinema();
        data(admin.post(CREATE_AUDITORIUM, Map.of("in", auditorium(cinemaId, "Screen 1", 1, 1,
                seats(seat("A", 1, 0, 0, "STANDARD", false))))));
        assertThat(data(admin.post(DELETE_CINEMA, Map.of("id", cinemaId))).getBoolean("deleteCinema")).isTrue();
        assertThat(GraphQlHttp.firstErrorCode(gateway.post("query($id: ID!) { cinema(id: $id) { id } }", Map.of("id", cinemaId))))
                .isEqualTo("NOT_FOUND");
        assertThat(list(gateway.post("query($c: String) { cinemas(city: $c) { id } }", Map.of("c", TEST_CITY))))
                .extracting(c -> c.getString("id")).doesNotContain(cinemaId);
    }

    // ---- helpers ----

    private static String createShowtime(String auditoriumId) {
        JsonObject movies = data(gateway.post("{ movies(filter: {status: \"NOW_SHOWING\"}, size: 1) { items { id } } }"))
                .getJsonObject("movies");
        String movieId = movies.getJsonArray("items").getJsonObject(0).getString("id");
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS).withHour(18);
        JsonObject created = admin.post("mutation($in: ShowtimeInput!) { createShowtime(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("movieId", movieId).add("auditoriumId", auditoriumId)
                        .add("startsAt", startsAt.toString()).add("basePriceCents", 1100).add("currency", "GBP").build()));
        return data(created).getJsonObject("createShowtime").getString("id");
    }

    private static void assertLayoutError(String cinemaId, JsonArrayBuilder seats, String expectedField) {
        JsonObject response = admin.post(CREATE_AUDITORIUM, Map.of("in", auditorium(cinemaId, "Screen V", 2, 4, seats)));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(field(response)).as(response.toString()).isEqualTo(expectedField);
        assertThat(response.toString()).doesNotContain("at com.cinema");
    }

    private static String newCinema() {
        return data(admin.post(CREATE_CINEMA, Map.of("in", cinemaInput("Lumen Estate ST " + UUID.randomUUID()).build())))
                .getJsonObject("createCinema").getString("id");
    }

    private static JsonObjectBuilder cinemaInput(String name) {
        return Json.createObjectBuilder().add("name", name).add("address", "3 Equator Road").add("city", TEST_CITY)
                .add("latitude", 0.5).add("longitude", 10.5).add("timeZone", "Africa/Lagos");
    }

    private static JsonObject auditorium(String cinemaId, String name, int rows, int columns, JsonArrayBuilder seats) {
        return Json.createObjectBuilder().add("cinemaId", cinemaId).add("name", name).add("format", "STANDARD")
                .add("rows", rows).add("columns", columns).add("seats", seats).build();
    }

    private static JsonArrayBuilder seats(JsonObjectBuilder... seats) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder seat : seats) {
            array.add(seat);
        }
        return array;
    }

    private static JsonObjectBuilder seat(String row, int number, int x, int y, String type, boolean blocked) {
        return Json.createObjectBuilder().add("row", row).add("number", number).add("x", x).add("y", y)
                .add("type", type).add("blocked", blocked);
    }

    private static Map<String, String> seatIds(JsonObject auditorium) {
        return auditorium.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("label"), s -> s.getString("id")));
    }

    private static JsonObject point(double latitude, double longitude) {
        return Json.createObjectBuilder().add("latitude", latitude).add("longitude", longitude).build();
    }

    private static double km(JsonObject cinema) {
        return cinema.getJsonNumber("distanceKm").doubleValue();
    }

    private static String token(String email, String password) {
        return data(gateway.post("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                Map.of("e", email, "p", password))).getJsonObject("login").getString("accessToken");
    }

    private static String field(JsonObject response) {
        assertThat(GraphQlHttp.firstError(response)).as(response.toString()).isNotNull();
        return GraphQlHttp.firstErrorField(response);
    }

    private static JsonObject data(JsonObject response) {
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data");
    }

    private static List<JsonObject> list(JsonObject response) {
        return data(response).getJsonArray("cinemas").getValuesAs(JsonObject.class);
    }

    /** The demo estate only (other tests may add cinemas of their own). */
    private static List<JsonObject> demo(List<JsonObject> cinemas) {
        return cinemas.stream().filter(c -> DEMO_CINEMAS.contains(c.getString("name"))).toList();
    }
}
