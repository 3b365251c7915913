package com.cinema.cinema.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search by distance, the batching queries, auditorium administration and the booking-dependent rules of the
 * cinema service on its own Liberty server. The booking service is played by a {@link GraphQlStub} answering
 * {@code scheduleUsage} (the server under test is started with {@code cinema.services.booking.url} pointing here).
 */
@MicroShedTest
class CinemaEstateServiceIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final String ADMIN_TOKEN = TOKENS.admin("1", "admin@cinema.test");
    /** The city CinemaServiceIT keeps its own cinemas in too, away from the demo estate. */
    private static final String TEST_CITY = "Testhaven";
    private static final String AUDITORIUM = "id cinemaId name format capacity rows columns "
            + "seats { id label row number x y type blocked }";
    private static final String CREATE_AUDITORIUM = "mutation($input: AuditoriumInput) { createAuditorium(input: $input) { "
            + AUDITORIUM + " } }";
    private static final String UPDATE_AUDITORIUM = "mutation($id: ID!, $input: AuditoriumInput) { "
            + "updateAuditorium(id: $id, input: $input) { " + AUDITORIUM + " } }";

    /** Trafalgar Square, central London. */
    private static final double LONDON_LAT = 51.508039;
    private static final double LONDON_LON = -0.128069;

    private static GraphQlStub booking;
    /** What the stub answers per cinema or auditorium id: {futureShowtimes, withOccupiedSeats}. */
    private static final Map<String, int[]> USAGE = new ConcurrentHashMap<>();

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private final GraphQlHttp admin = graphql.withBearer(ADMIN_TOKEN);

    @BeforeAll
    static void startBookingStub() {
        booking = GraphQlStub.start(StubPorts.port("stub.booking.service.port", StubPorts.CINEMA_BOOKING))
                .on("scheduleUsage", call -> scheduleUsage(call.variable("auditoriumId") == null
                        ? "cinema:" + call.variable("cinemaId") : "auditorium:" + call.variable("auditoriumId")));
    }

    private static JsonValue scheduleUsage(String usageKey) {
        int[] usage = USAGE.getOrDefault(usageKey, new int[]{0, 0});
        return Json.createObjectBuilder().add("futureShowtimes", usage[0])
                .add("futureShowtimesWithOccupiedSeats", usage[1]).build();
    }

    @AfterAll
    static void stopBookingStub() {
        booking.close();
    }

    // ---- search ----

    @Test
    void nearOrdersByDistanceWithPlausibleKilometresAndRadiusFilters() {
        List<JsonObject> all = demo(cinemas("query($near: GeoPointInput) { cinemas(near: $near) { name city distanceKm } }",
                Map.of("near", point(LONDON_LAT, LONDON_LON))));
        assertThat(all).extracting(c -> c.getString("name"))
                .containsExactly("Lumen Southbank", "Lumen Camden", "Lumen Ancoats", "Lumen Ormond Quay");
        assertThat(km(all.get(0))).isBetween(0.7, 1.1);
        assertThat(km(all.get(1))).isBetween(3.2, 3.9);
        assertThat(km(all.get(2))).isBetween(255.0, 270.0);
        assertThat(km(all.get(3))).isBetween(455.0, 475.0);

        List<JsonObject> within50 = cinemas("query($near: GeoPointInput) { cinemas(near: $near, radiusKm: 50) { name distanceKm } }",
                Map.of("near", point(LONDON_LAT, LONDON_LON)));
        assertThat(within50).extracting(c -> c.getString("name")).containsExactly("Lumen Southbank", "Lumen Camden");

        List<JsonObject> londonOnly = cinemas("query($near: GeoPointInput) { cinemas(city: \"LONDON\", near: $near) { name } }",
                Map.of("near", point(53.48, -2.24)));
        assertThat(londonOnly).extracting(c -> c.getString("name")).containsExactly("Lumen Camden", "Lumen Southbank");

        List<JsonObject> byName = demo(cinemas("{ cinemas { name city distanceKm } }", Map.of()));
        assertThat(byName).extracting(c -> c.getString("name"))
                .containsExactly("Lumen Ancoats", "Lumen Camden", "Lumen Ormond Quay", "Lumen Southbank");
        assertThat(byName).allMatch(c -> c.isNull("distanceKm"));
    }

    @Test
    void badSearchArgumentsAreValidationErrorsOnTheirField() {
        JsonObject lat = graphql.post("query($near: GeoPointInput) { cinemas(near: $near) { name } }",
                Map.of("near", point(91, 0)));
        assertThat(GraphQlHttp.firstErrorCode(lat)).as(lat.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(lat)).isEqualTo("near.latitude");

        JsonObject radiusAlone = graphql.post("{ cinemas(radiusKm: 10) { name } }");
        assertThat(GraphQlHttp.firstErrorCode(radiusAlone)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(radiusAlone)).isEqualTo("radiusKm");

        JsonObject negative = graphql.post("query($near: GeoPointInput) { cinemas(near: $near, radiusKm: -1) { name } }",
                Map.of("near", point(51, 0)));
        assertThat(GraphQlHttp.firstErrorField(negative)).isEqualTo("radiusKm");
    }

    // ---- batching ----

    @Test
    void batchQueriesAnswerInTheOrderAskedAndSkipUnknownIds() {
        List<JsonObject> all = demo(cinemas("{ cinemas { id name auditoriums { id name } } }", Map.of()));
        JsonObject camden = all.stream().filter(c -> c.getString("name").equals("Lumen Camden")).findFirst().orElseThrow();
        JsonObject ancoats = all.stream().filter(c -> c.getString("name").equals("Lumen Ancoats")).findFirst().orElseThrow();

        JsonObject cinemas = ok(graphql.post("query($ids: [String!]!) { cinemasByIds(ids: $ids) { id name timeZone } }",
                Map.of("ids", Json.createArrayBuilder().add(ancoats.getString("id")).add("999999")
                        .add(camden.getString("id")).build())));
        assertThat(cinemas.getJsonArray("cinemasByIds").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name")).containsExactly("Lumen Ancoats", "Lumen Camden");

        String screen1 = camden.getJsonArray("auditoriums").getJsonObject(0).getString("id");
        String lounge = camden.getJsonArray("auditoriums").getJsonObject(1).getString("id");
        JsonObject auditoriums = ok(graphql.post("query($ids: [String!]!) { auditoriumsByIds(ids: $ids) { " + AUDITORIUM + " } }",
                Map.of("ids", Json.createArrayBuilder().add(lounge).add(screen1).add("999999").build())));
        List<JsonObject> found = auditoriums.getJsonArray("auditoriumsByIds").getValuesAs(JsonObject.class);
        assertThat(found).extracting(a -> a.getString("name")).containsExactly("The Lounge", "Screen 1");
        assertThat(found).allMatch(a -> a.getString("cinemaId").equals(camden.getString("id")));
        assertThat(found.get(0).getJsonArray("seats")).isNotEmpty();

        JsonObject one = ok(graphql.post("query($id: ID!) { auditorium(id: $id) { " + AUDITORIUM + " } }", Map.of("id", lounge)));
        assertThat(one.getJsonObject("auditorium").getString("name")).isEqualTo("The Lounge");
        assertThat(one.getJsonObject("auditorium").getInt("capacity")).isEqualTo(
                (int) one.getJsonObject("auditorium").getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                        .filter(s -> !s.getBoolean("blocked")).count());
        JsonObject none = ok(graphql.post("{ auditorium(id: \"999999\") { id } }"));
        assertThat(none.isNull("auditorium")).isTrue();
    }

    // ---- auditoriums ----

    @Test
    void anAdminCreatesAnAuditoriumWhoseCapacityIsItsUnblockedSeats() {
        String cinemaId = newCinema();
        JsonObject created = ok(admin.post(CREATE_AUDITORIUM, Map.of("input", auditorium(cinemaId, "Screen A",
                seats(seat("A", 1, 0, 0, "WHEELCHAIR", false), seat("A", 2, 2, 0, "STANDARD", false),
                        seat("B", 1, 0, 1, "VIP", true), seat("B", 2, 2, 1, "COUPLE", false))))))
                .getJsonObject("createAuditorium");
        assertThat(created.getString("cinemaId")).isEqualTo(cinemaId);
        assertThat(created.getString("format")).isEqualTo("IMAX");
        assertThat(created.getInt("rows")).isEqualTo(2);
        assertThat(created.getInt("columns")).isEqualTo(3);
        assertThat(created.getInt("capacity")).isEqualTo(3);
        assertThat(created.getJsonArray("seats").getValuesAs(JsonObject.class)).extracting(s -> s.getString("label"))
                .containsExactly("A1", "A2", "B1", "B2");

        JsonObject cinema = ok(graphql.post("query($id: ID!) { cinema(id: $id) { auditoriums { id capacity } } }",
                Map.of("id", cinemaId))).getJsonObject("cinema");
        assertThat(cinema.getJsonArray("auditoriums").getJsonObject(0).getString("id")).isEqualTo(created.getString("id"));

        JsonObject again = admin.post(CREATE_AUDITORIUM, Map.of("input", auditorium(cinemaId, "screen a",
                seats(seat("A", 1, 0, 0, "STANDARD", false)))));
        assertThat(GraphQlHttp.firstErrorCode(again)).as(again.toString()).isEqualTo("CONFLICT");
    }

    @Test
    void brokenLayoutsAreValidationErrorsNamingTheField() {
        String cinemaId = newCinema();
        assertLayoutError(cinemaId, seats(), "input.seats");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 0, 0, "STANDARD", false)),
                "input.seats[1]");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 1, 1, 0, "STANDARD", false)),
                "input.seats[1].number");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 3, 0, "STANDARD", false)),
                "input.seats[1].x");
        assertLayoutError(cinemaId, seats(seat("A", 1, 0, 0, "SOFA", false)), "input.seats[0].type");
        JsonObject format = admin.post(CREATE_AUDITORIUM, Map.of("input", Json.createObjectBuilder(
                auditorium(cinemaId, "Screen X", seats(seat("A", 1, 0, 0, "STANDARD", false)))).add("format", "HOLO").build()));
        assertThat(GraphQlHttp.firstErrorField(format)).isEqualTo("input.format");
        JsonObject tooWide = admin.post(CREATE_AUDITORIUM, Map.of("input", Json.createObjectBuilder(
                auditorium(cinemaId, "Screen X", seats(seat("A", 1, 0, 0, "STANDARD", false)))).add("columns", 81).build()));
        assertThat(GraphQlHttp.firstErrorField(tooWide)).isEqualTo("input.columns");
    }

    @Test
    void customersAndAnonymousCallersCannotChangeTheEstate() {
        String cinemaId = newCinema();
        JsonObject input = auditorium(cinemaId, "Screen U", seats(seat("A", 1, 0, 0, "STANDARD", false)));
        JsonObject asUser = graphql.withBearer(TOKENS.user("2", "c@x.org")).post(CREATE_AUDITORIUM, Map.of("input", input));
        assertThat(GraphQlHttp.firstErrorCode(asUser)).isEqualTo("FORBIDDEN");
        JsonObject anonymous = graphql.post(CREATE_AUDITORIUM, Map.of("input", input));
        assertThat(GraphQlHttp.firstErrorCode(anonymous)).isEqualTo("UNAUTHENTICATED");
        JsonObject delete = graphql.withBearer(TOKENS.user("2", "c@x.org"))
                .post("mutation($id: ID!) { deleteCinema(id: $id) }", Map.of("id", cinemaId));
        assertThat(GraphQlHttp.firstErrorCode(delete)).isEqualTo("FORBIDDEN");
        assertThat(ok(graphql.post("query($id: ID!) { cinema(id: $id) { auditoriums { id } } }", Map.of("id", cinemaId)))
                .getJsonObject("cinema").getJsonArray("auditoriums")).isEmpty();
    }

    @Test
    void anUpdateKeepsTheIdsOfSeatsWhoseLabelsStay() {
        String cinemaId = newCinema();
        JsonObject created = ok(admin.post(CREATE_AUDITORIUM, Map.of("input", auditorium(cinemaId, "Screen K",
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false),
                        seat("A", 3, 2, 0, "STANDARD", false)))))).getJsonObject("createAuditorium");
        Map<String, String> before = seatIds(created);

        // A1 and A2 swap cells, A3 goes, B1 comes, and the grid grows by a row.
        JsonObject updated = ok(admin.post(UPDATE_AUDITORIUM, Map.of("id", created.getString("id"), "input",
                Json.createObjectBuilder(auditorium(cinemaId, "Screen K2", seats(seat("A", 1, 1, 0, "PREMIUM", false),
                        seat("A", 2, 0, 0, "STANDARD", false), seat("B", 1, 1, 2, "VIP", false)))).add("rows", 3).build())))
                .getJsonObject("updateAuditorium");
        Map<String, String> after = seatIds(updated);
        assertThat(updated.getString("id")).isEqualTo(created.getString("id"));
        assertThat(updated.getString("name")).isEqualTo("Screen K2");
        assertThat(updated.getInt("rows")).isEqualTo(3);
        assertThat(after.keySet()).containsExactlyInAnyOrder("A1", "A2", "B1");
        assertThat(after.get("A1")).isEqualTo(before.get("A1"));
        assertThat(after.get("A2")).isEqualTo(before.get("A2"));
        assertThat(after.get("B1")).isNotIn(before.values());
        JsonObject a1 = updated.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("label").equals("A1")).findFirst().orElseThrow();
        assertThat(a1.getInt("x")).isEqualTo(1);
        assertThat(a1.getString("type")).isEqualTo("PREMIUM");
        assertThat(updated.getInt("capacity")).isEqualTo(3);

        JsonObject reread = ok(graphql.post("query($id: ID!) { auditorium(id: $id) { " + AUDITORIUM + " } }",
                Map.of("id", created.getString("id")))).getJsonObject("auditorium");
        assertThat(seatIds(reread)).isEqualTo(after);
    }

    // ---- rules that ask the booking service ----

    @Test
    void aLayoutChangeIsAConflictWhileFutureShowtimesHaveSeatsTakenButARenameIsNot() {
        String cinemaId = newCinema();
        JsonObject created = ok(admin.post(CREATE_AUDITORIUM, Map.of("input", auditorium(cinemaId, "Screen C",
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false))))))
                .getJsonObject("createAuditorium");
        String id = created.getString("id");
        USAGE.put("auditorium:" + id, new int[]{3, 1});

        JsonObject relayout = admin.post(UPDATE_AUDITORIUM, Map.of("id", id, "input", auditorium(cinemaId, "Screen C",
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 2, 0, "STANDARD", false)))));
        assertThat(GraphQlHttp.firstErrorCode(relayout)).as(relayout.toString()).isEqualTo("CONFLICT");
        assertThat(booking.calls("scheduleUsage")).anySatisfy(call -> {
            assertThat(call.variable("auditoriumId")).isEqualTo(id);
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + ADMIN_TOKEN);
        });

        JsonObject renamed = ok(admin.post(UPDATE_AUDITORIUM, Map.of("id", id, "input", Json.createObjectBuilder(
                auditorium(cinemaId, "Screen C Renamed", seats(seat("A", 1, 0, 0, "STANDARD", false),
                        seat("A", 2, 1, 0, "STANDARD", false)))).add("format", "DOLBY_ATMOS").build())))
                .getJsonObject("updateAuditorium");
        assertThat(renamed.getString("name")).isEqualTo("Screen C Renamed");
        assertThat(renamed.getString("format")).isEqualTo("DOLBY_ATMOS");
        assertThat(seatIds(renamed)).isEqualTo(seatIds(created));

        USAGE.put("auditorium:" + id, new int[]{3, 0});
        JsonObject allowed = ok(admin.post(UPDATE_AUDITORIUM, Map.of("id", id, "input", auditorium(cinemaId, "Screen C",
                seats(seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 2, 0, "STANDARD", false))))));
        assertThat(allowed.getJsonObject("updateAuditorium").getJsonArray("seats").getJsonObject(1).getInt("x")).isEqualTo(2);
    }

    @Test
    void aCinemaWithFutureShowtimesIsNotDeletedAndOneWithoutGoesWithItsAuditoriums() {
        String cinemaId = newCinema();
        String auditoriumId = ok(admin.post(CREATE_AUDITORIUM, Map.of("input", auditorium(cinemaId, "Screen D",
                seats(seat("A", 1, 0, 0, "STANDARD", false)))))).getJsonObject("createAuditorium").getString("id");
        USAGE.put("cinema:" + cinemaId, new int[]{1, 0});
        JsonObject refused = admin.post("mutation($id: ID!) { deleteCinema(id: $id) }", Map.of("id", cinemaId));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("CONFLICT");
        assertThat(ok(graphql.post("query($id: ID!) { cinema(id: $id) { id } }", Map.of("id", cinemaId)))
                .getJsonObject("cinema").getString("id")).isEqualTo(cinemaId);

        USAGE.put("cinema:" + cinemaId, new int[]{0, 0});
        assertThat(ok(admin.post("mutation($id: ID!) { deleteCinema(id: $id) }", Map.of("id", cinemaId)))
                .getBoolean("deleteCinema")).isTrue();
        assertThat(GraphQlHttp.firstErrorCode(graphql.post("query($id: ID!) { cinema(id: $id) { id } }",
                Map.of("id", cinemaId)))).isEqualTo("NOT_FOUND");
        assertThat(ok(graphql.post("query($id: ID!) { auditorium(id: $id) { id } }", Map.of("id", auditoriumId)))
                .isNull("auditorium")).isTrue();
        JsonObject twice = admin.post("mutation($id: ID!) { deleteCinema(id: $id) }", Map.of("id", cinemaId));
        assertThat(GraphQlHttp.firstErrorCode(twice)).isEqualTo("NOT_FOUND");
    }

    @Test
    void whenTheBookingServiceFailsNothingIsDeleted() {
        String cinemaId = newCinema();
        booking.failWith(503);
        try {
            JsonObject failed = admin.post("mutation($id: ID!) { deleteCinema(id: $id) }", Map.of("id", cinemaId));
            assertThat(GraphQlHttp.firstErrorCode(failed)).as(failed.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertThat(failed.toString()).doesNotContain("at com.cinema");
        } finally {
            booking.recover();
        }
        assertThat(ok(graphql.post("query($id: ID!) { cinema(id: $id) { id } }", Map.of("id", cinemaId)))
                .getJsonObject("cinema").getString("id")).isEqualTo(cinemaId);
    }

    @Test
    void anAdminUpdatesACinemaWithTheSameRulesAsOnCreation() {
        String cinemaId = newCinema();
        String name = "Lumen Upd " + UUID.randomUUID();
        JsonObject updated = ok(admin.post("mutation($id: ID!, $input: CinemaInput) { updateCinema(id: $id, input: $input) "
                        + "{ id name city latitude timeZone facilities } }",
                Map.of("id", cinemaId, "input", cinemaInput(name).add("latitude", 55.5).add("timeZone", "Europe/Dublin")
                        .add("facilities", Json.createArrayBuilder().add("BAR")).build()))).getJsonObject("updateCinema");
        assertThat(updated.getString("name")).isEqualTo(name);
        assertThat(updated.getJsonNumber("latitude").doubleValue()).isEqualTo(55.5);
        assertThat(updated.getString("timeZone")).isEqualTo("Europe/Dublin");
        assertThat(updated.getJsonArray("facilities").getString(0)).isEqualTo("BAR");

        JsonObject zone = admin.post("mutation($id: ID!, $input: CinemaInput) { updateCinema(id: $id, input: $input) { id } }",
                Map.of("id", cinemaId, "input", cinemaInput(name).add("timeZone", "Nowhere/Else").build()));
        assertThat(GraphQlHttp.firstErrorField(zone)).isEqualTo("input.timeZone");
        JsonObject taken = admin.post("mutation($id: ID!, $input: CinemaInput) { updateCinema(id: $id, input: $input) { id } }",
                Map.of("id", cinemaId, "input", cinemaInput("lumen camden").build()));
        assertThat(GraphQlHttp.firstErrorCode(taken)).isEqualTo("CONFLICT");
        JsonObject missing = admin.post("mutation($id: ID!, $input: CinemaInput) { updateCinema(id: $id, input: $input) { id } }",
                Map.of("id", "999999", "input", cinemaInput(name + "x").build()));
        assertThat(GraphQlHttp.firstErrorCode(missing)).isEqualTo("NOT_FOUND");
    }

    // ---- helpers ----

    private void assertLayoutError(String cinemaId, JsonArrayBuilder seats, String expectedField) {
        JsonObject response = admin.post(CREATE_AUDITORIUM, Map.of("input", auditorium(cinemaId, "Screen V", seats)));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).as(response.toString()).isEqualTo(expectedField);
    }

    private String newCinema() {
        JsonObject created = ok(admin.post("mutation($input: CinemaInput) { createCinema(input: $input) { id } }",
                Map.of("input", cinemaInput("Lumen Estate IT " + UUID.randomUUID()).build())));
        return created.getJsonObject("createCinema").getString("id");
    }

    private static JsonObjectBuilder cinemaInput(String name) {
        return Json.createObjectBuilder().add("name", name).add("address", "2 Test Street").add("city", TEST_CITY)
                .add("latitude", 10.5).add("longitude", 20.5).add("timeZone", "Europe/London");
    }

    private static JsonObject auditorium(String cinemaId, String name, JsonArrayBuilder seats) {
        return Json.createObjectBuilder().add("cinemaId", cinemaId).add("name", name).add("format", "IMAX")
                .add("rows", 2).add("columns", 3).add("seats", seats).build();
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

    private static JsonObject ok(JsonObject response) {
        return GraphQlHttp.dataWithoutErrors(response);
    }

    /** The demo estate only: cinemas the tests create sit in test cities far from the demo ones. */
    private static List<JsonObject> demo(List<JsonObject> cinemas) {
        return cinemas.stream().filter(c -> !c.containsKey("city")
                || List.of("London", "Manchester", "Dublin").contains(c.getString("city"))).toList();
    }

    private List<JsonObject> cinemas(String query, Map<String, ?> variables) {
        JsonObject response = ok(graphql.post(query, variables));
        return response.getJsonArray("cinemas").getValuesAs(JsonObject.class);
    }
}
