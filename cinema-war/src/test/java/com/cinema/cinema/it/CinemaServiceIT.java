package com.cinema.cinema.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The cinema service on its own Liberty server (started by the build), with the demo estate. */
@MicroShedTest
class CinemaServiceIT extends DomainServiceContract {

    /** Cinemas created by these tests are all in this city, which no demo cinema has; they outlive a run. */
    private static final String TEST_CITY = "Testhaven";

    private static final String CREATE = "mutation($input: CinemaInput) { createCinema(input: $input) "
            + "{ id name address city latitude longitude phone timeZone facilities } }";

    private static final TestTokens TOKENS = TestTokens.forPlatform();

    private static final String SEAT_MAP = "auditoriums { id cinemaId name format capacity rows columns "
            + "seats { id label row number x y type blocked } }";

    @Test
    void listsEveryDemoCinemaByName() {
        List<JsonObject> cinemas = demo(cinemas("{ cinemas { id name city timeZone } }"));
        assertThat(cinemas).extracting(c -> c.getString("name"))
                .containsExactly("Lumen Ancoats", "Lumen Camden", "Lumen Ormond Quay", "Lumen Southbank");
        assertThat(cinemas.stream().map(c -> c.getString("city")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("London", "Manchester", "Dublin");
    }

    @Test
    void cityFilterIgnoresCaseAndSurroundingSpace() {
        assertThat(cinemas("{ cinemas(city: \" lONDON\") { name city } }"))
                .extracting(c -> c.getString("name")).containsExactly("Lumen Camden", "Lumen Southbank");
        List<JsonObject> dublin = cinemas("{ cinemas(city: \"dublin\") { name timeZone latitude longitude } }");
        assertThat(dublin).hasSize(1);
        assertThat(dublin.get(0).getString("timeZone")).isEqualTo("Europe/Dublin");
        assertThat(dublin.get(0).getJsonNumber("latitude").doubleValue()).isEqualTo(53.346251);
        assertThat(dublin.get(0).getJsonNumber("longitude").doubleValue()).isEqualTo(-6.270148);
        assertThat(cinemas("{ cinemas(city: \"Atlantis\") { name } }")).isEmpty();
    }

    @Test
    void cinemaByIdHasItsFacilitiesAndAuditoriumsWithSeatMaps() {
        String id = cinemas("{ cinemas(city: \"London\") { id name } }").stream()
                .filter(c -> c.getString("name").equals("Lumen Southbank")).findFirst().orElseThrow().getString("id");
        JsonObject cinema = graphql.post("query($id: ID!) { cinema(id: $id) { id name address phone facilities "
                        + SEAT_MAP + " } }", Map.of("id", id))
                .getJsonObject("data").getJsonObject("cinema");
        assertThat(cinema.getString("phone")).isEqualTo("+44 20 7946 0311");
        assertThat(cinema.getJsonArray("facilities").getValuesAs(jakarta.json.JsonString::getString))
                .contains("WHEELCHAIR_ACCESS", "HEARING_LOOP");

        List<JsonObject> auditoriums = cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class);
        assertThat(auditoriums).extracting(a -> a.getString("name")).containsExactly("Screen 1", "Screen 2", "Screen 3");
        assertThat(auditoriums).allMatch(a -> a.getString("cinemaId").equals(id));
        assertThat(auditoriums).extracting(a -> a.getString("format")).containsExactly("IMAX", "DOLBY_ATMOS", "STANDARD");

        JsonObject screen2 = auditoriums.get(1);
        assertThat(screen2.getJsonArray("seats")).hasSize(204);
        assertThat(screen2.getInt("capacity")).isEqualTo(203);
        assertThat(screen2.getInt("rows")).isEqualTo(14);
        assertThat(screen2.getInt("columns")).isEqualTo(18);
        JsonObject firstSeat = screen2.getJsonArray("seats").getJsonObject(0);
        assertThat(firstSeat.getString("label")).isEqualTo("A1");
        assertThat(firstSeat.getString("type")).isEqualTo("WHEELCHAIR");
        assertThat(firstSeat.getInt("x")).isZero();
        assertThat(firstSeat.getInt("y")).isZero();
    }

    @Test
    void everyAuditoriumsCapacityIsItsUnblockedSeatsOnItsGrid() {
        List<JsonObject> cinemas = demo(cinemas("{ cinemas { name city " + SEAT_MAP + " } }"));
        Set<String> seatTypes = new java.util.HashSet<>();
        for (JsonObject cinema : cinemas) {
            List<JsonObject> auditoriums = cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class);
            assertThat(auditoriums).as(cinema.getString("name")).hasSizeBetween(2, 4);
            for (JsonObject auditorium : auditoriums) {
                List<JsonObject> seats = auditorium.getJsonArray("seats").getValuesAs(JsonObject.class);
                assertThat(auditorium.getInt("capacity")).isEqualTo(seats.stream().filter(s -> !s.getBoolean("blocked")).count());
                assertThat(seats).allMatch(s -> s.getInt("x") < auditorium.getInt("columns") && s.getInt("y") < auditorium.getInt("rows"));
                assertThat(seats).allMatch(s -> s.getString("label").equals(s.getString("row") + s.getInt("number")));
                assertThat(seats.stream().map(s -> s.getString("label")).distinct()).hasSameSizeAs(seats);
                seats.forEach(s -> seatTypes.add(s.getString("type")));
            }
        }
        assertThat(seatTypes).containsExactlyInAnyOrder("STANDARD", "PREMIUM", "VIP", "WHEELCHAIR", "COMPANION", "COUPLE");
    }

    @Test
    void seatRulesAreOnByDefaultSwitchedByAnUpdateAndReadWithEveryAuditoriumWithCompanionSeats() {
        GraphQlHttp admin = graphql.withBearer(TOKENS.admin("1", "admin@cinema.test"));
        String rules = "mutation($input: CinemaInput) { createCinema(input: $input) { id seatRulesEnabled } }";
        JsonObject created = admin.post(rules, Map.of("input", input(uniqueName()).build()))
                .getJsonObject("data").getJsonObject("createCinema");
        assertThat(created.getBoolean("seatRulesEnabled")).isTrue();
        String id = created.getString("id");

        JsonObject auditorium = admin.post("mutation($input: AuditoriumInput) { createAuditorium(input: $input) { id "
                + "seatRulesEnabled seats { label type } } }", Map.of("input", Json.createObjectBuilder()
                .add("cinemaId", id).add("name", "Screen 1").add("format", "STANDARD").add("rows", 1).add("columns", 3)
                .add("seats", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("row", "A").add("number", 1).add("x", 0).add("y", 0).add("type", "WHEELCHAIR"))
                        .add(Json.createObjectBuilder().add("row", "A").add("number", 2).add("x", 1).add("y", 0).add("type", "companion"))
                        .add(Json.createObjectBuilder().add("row", "A").add("number", 3).add("x", 2).add("y", 0).add("type", "STANDARD")))
                .build()));
        assertThat(auditorium.containsKey("errors")).as(auditorium.toString()).isFalse();
        JsonObject made = auditorium.getJsonObject("data").getJsonObject("createAuditorium");
        assertThat(made.getBoolean("seatRulesEnabled")).isTrue();
        assertThat(made.getJsonArray("seats").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("label") + ":" + s.getString("type"))
                .containsExactly("A1:WHEELCHAIR", "A2:COMPANION", "A3:STANDARD");

        String update = "mutation($id: ID!, $input: CinemaInput) { updateCinema(id: $id, input: $input) { seatRulesEnabled } }";
        JsonObject off = admin.post(update, Map.of("id", id, "input", input(uniqueName()).add("seatRulesEnabled", false).build()));
        assertThat(off.getJsonObject("data").getJsonObject("updateCinema").getBoolean("seatRulesEnabled")).as(off.toString()).isFalse();
        JsonObject kept = admin.post(update, Map.of("id", id, "input", input(uniqueName()).build()));
        assertThat(kept.getJsonObject("data").getJsonObject("updateCinema").getBoolean("seatRulesEnabled")).as(kept.toString()).isFalse();
        // What the booking service reads with each layout it caches.
        JsonObject read = graphql.post("query($id: ID!) { auditorium(id: $id) { seatRulesEnabled } }",
                Map.of("id", made.getString("id")));
        assertThat(read.getJsonObject("data").getJsonObject("auditorium").getBoolean("seatRulesEnabled")).isFalse();
    }

    @Test
    void unknownCinemaIsNotFoundAndMalformedIdIsAValidationError() {
        JsonObject missing = graphql.post("{ cinema(id: \"987654\") { name } }");
        assertThat(GraphQlHttp.firstErrorCode(missing)).isEqualTo("NOT_FOUND");
        assertThat(missing.toString()).doesNotContain("at com.cinema");

        JsonObject malformed = graphql.post("{ cinema(id: \"screen-one\") { name } }");
        assertThat(GraphQlHttp.firstErrorCode(malformed)).isEqualTo("VALIDATION");
        assertThat(malformed.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("field"))
                .isEqualTo("id");
    }

    @Test
    void anAdminCreatesACinemaThatIsThenFoundById() {
        String name = uniqueName();
        JsonObject response = graphql.withBearer(TOKENS.admin("1", "admin@cinema.test")).post(CREATE, Map.of("input",
                input(name).add("phone", " +44 113 496 0123 ")
                        .add("facilities", Json.createArrayBuilder().add("parking").add("WHEELCHAIR_ACCESS")).build()));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        JsonObject created = response.getJsonObject("data").getJsonObject("createCinema");
        assertThat(created.getString("name")).isEqualTo(name);
        assertThat(created.getString("city")).isEqualTo(TEST_CITY);
        assertThat(created.getString("phone")).isEqualTo("+44 113 496 0123");
        assertThat(created.getJsonNumber("latitude").doubleValue()).isEqualTo(54.123456);
        assertThat(created.getJsonNumber("longitude").doubleValue()).isEqualTo(-2.5);

        JsonObject found = graphql.post("query($id: ID!) { cinema(id: $id) { id name address city latitude longitude "
                        + "phone timeZone facilities auditoriums { id } } }", Map.of("id", created.getString("id")))
                .getJsonObject("data").getJsonObject("cinema");
        assertThat(found.getString("id")).isEqualTo(created.getString("id"));
        assertThat(found.getString("name")).isEqualTo(name);
        assertThat(found.getString("address")).isEqualTo("1 Test Street");
        assertThat(found.getString("timeZone")).isEqualTo("Europe/London");
        assertThat(found.getJsonNumber("latitude").doubleValue()).isEqualTo(54.123456);
        assertThat(found.getJsonArray("facilities").getValuesAs(JsonString::getString))
                .containsExactly("PARKING", "WHEELCHAIR_ACCESS");
        assertThat(found.getJsonArray("auditoriums")).isEmpty();
        assertThat(cinemas("{ cinemas(city: \"" + TEST_CITY + "\") { name } }"))
                .extracting(c -> c.getString("name")).contains(name);
    }

    @Test
    void aSecondCinemaOfTheSameNameIsAConflict() {
        String name = uniqueName();
        GraphQlHttp admin = graphql.withBearer(TOKENS.admin("1", "admin@cinema.test"));
        JsonObject first = admin.post(CREATE, Map.of("input", input(name).build()));
        assertThat(first.containsKey("errors")).as(first.toString()).isFalse();

        JsonObject second = admin.post(CREATE, Map.of("input", input(name.toUpperCase(java.util.Locale.ROOT)).build()));
        assertThat(GraphQlHttp.firstErrorCode(second)).as(second.toString()).isEqualTo("CONFLICT");
    }

    @Test
    void aCustomerMayNotCreateACinema() {
        String name = uniqueName();
        JsonObject response = graphql.withBearer(TOKENS.user("2", "c@x.org"))
                .post(CREATE, Map.of("input", input(name).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("FORBIDDEN");
        assertThat(cinemas("{ cinemas(city: \"" + TEST_CITY + "\") { name } }"))
                .extracting(c -> c.getString("name")).doesNotContain(name);
    }

    @Test
    void creatingACinemaNeedsASignIn() {
        JsonObject response = graphql.post(CREATE, Map.of("input", input(uniqueName()).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aLatitudeOffTheGlobeIsAValidationErrorOnItsField() {
        JsonObject response = graphql.withBearer(TOKENS.admin("1", "admin@cinema.test"))
                .post(CREATE, Map.of("input", input(uniqueName()).add("latitude", 91).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("input.latitude");
        assertThat(response.toString()).doesNotContain("at com.cinema");
    }

    @Test
    void anUnknownTimeZoneOrFacilityIsAValidationErrorOnItsField() {
        GraphQlHttp admin = graphql.withBearer(TOKENS.admin("1", "admin@cinema.test"));
        JsonObject zone = admin.post(CREATE, Map.of("input", input(uniqueName()).add("timeZone", "Mars/Olympus").build()));
        assertThat(GraphQlHttp.firstErrorCode(zone)).as(zone.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(zone)).isEqualTo("input.timeZone");

        JsonObject facility = admin.post(CREATE, Map.of("input", input(uniqueName())
                .add("facilities", Json.createArrayBuilder().add("SWIMMING_POOL")).build()));
        assertThat(GraphQlHttp.firstErrorCode(facility)).as(facility.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(facility)).isEqualTo("input.facilities");
    }

    /** A valid CinemaInput in the test city; callers override fields by adding them again. */
    private static JsonObjectBuilder input(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("address", "1 Test Street")
                .add("city", TEST_CITY)
                .add("latitude", 54.123456)
                .add("longitude", -2.5)
                .add("timeZone", "Europe/London");
    }

    private static String uniqueName() {
        return "Lumen IT " + UUID.randomUUID();
    }

    /** The demo estate only, without the cinemas these and other tests created (never in the demo cities). */
    private static List<JsonObject> demo(List<JsonObject> cinemas) {
        return cinemas.stream().filter(c -> List.of("London", "Manchester", "Dublin").contains(c.getString("city"))).toList();
    }

    private List<JsonObject> cinemas(String query) {
        JsonObject response = graphql.post(query);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonArray("cinemas").getValuesAs(JsonObject.class);
    }
}
