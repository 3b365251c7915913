package com.cinema.cinema.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The cinema service on its own Liberty server (started by the build), with the demo estate. */
@MicroShedTest
class CinemaServiceIT extends DomainServiceContract {

    private static final String SEAT_MAP = "auditoriums { id cinemaId name format capacity rows columns "
            + "seats { id label row number x y type blocked } }";

    @Test
    void listsEveryDemoCinemaByName() {
        List<JsonObject> cinemas = cinemas("{ cinemas { id name city timeZone } }");
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
        List<JsonObject> cinemas = cinemas("{ cinemas { name " + SEAT_MAP + " } }");
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
        assertThat(seatTypes).containsExactlyInAnyOrder("STANDARD", "PREMIUM", "VIP", "WHEELCHAIR", "COUPLE");
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

    private List<JsonObject> cinemas(String query) {
        JsonObject response = graphql.post(query);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonArray("cinemas").getValuesAs(JsonObject.class);
    }
}
