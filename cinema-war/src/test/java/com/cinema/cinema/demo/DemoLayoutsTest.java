package com.cinema.cinema.demo;

import com.cinema.cinema.domain.SeatLayout;
import com.cinema.cinema.domain.SeatType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo estate offers what the seat map must show: every seat type, aisles, and several sizes. */
class DemoLayoutsTest {

    @Test
    void everyDemoLayoutParsesAndHasWheelchairCompanionVipCoupleSeatsAndAnAisle() throws Exception {
        JsonObject layouts = read().getJsonObject("layouts");
        Set<Integer> sizes = new HashSet<>();
        for (String name : layouts.keySet()) {
            SeatLayout layout = SeatLayout.parse(layouts.getJsonArray(name).getValuesAs(JsonString::getString));
            Set<SeatType> types = EnumSet.noneOf(SeatType.class);
            layout.seats().forEach(s -> types.add(s.type()));
            assertThat(types).as(name).contains(SeatType.WHEELCHAIR, SeatType.COMPANION, SeatType.VIP, SeatType.COUPLE);
            // every companion seat sits beside a wheelchair space in its row, or the seat rules treat it as ordinary
            Set<String> wheelchairCells = new HashSet<>();
            layout.seats().stream().filter(s -> s.type() == SeatType.WHEELCHAIR).forEach(s -> wheelchairCells.add(s.x() + ":" + s.y()));
            layout.seats().stream().filter(s -> s.type() == SeatType.COMPANION).forEach(s -> assertThat(
                    wheelchairCells.contains((s.x() - 1) + ":" + s.y()) || wheelchairCells.contains((s.x() + 1) + ":" + s.y()))
                    .as(name + " companion seat " + s.label() + " beside a wheelchair space").isTrue());
            assertThat(layout.seats().size()).as(name + " has aisle cells")
                    .isLessThan(layout.rows() * layout.columns());
            sizes.add(layout.seats().size());
        }
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void demoCinemasSpanCitiesAndHaveTwoToFourAuditoriumsOfKnownLayouts() throws Exception {
        JsonObject estate = read();
        List<JsonObject> cinemas = estate.getJsonArray("cinemas").getValuesAs(JsonObject.class);
        assertThat(cinemas).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cinemas.stream().map(c -> c.getString("city")).distinct()).hasSizeGreaterThanOrEqualTo(2);
        for (JsonObject cinema : cinemas) {
            List<JsonObject> screens = cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class);
            assertThat(screens).as(cinema.getString("name")).hasSizeBetween(2, 4);
            assertThat(screens).allMatch(s -> estate.getJsonObject("layouts").containsKey(s.getString("layout")));
        }
    }

    private static JsonObject read() throws Exception {
        try (InputStream in = DemoLayoutsTest.class.getResourceAsStream("/demo/cinemas.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
