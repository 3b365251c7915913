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
    void everyDemoLayoutParsesAndHasWheelchairVipCoupleSeatsAndAnAisle() throws Exception {
        JsonObject layouts = read().getJsonObject("layouts");
        Set<Integer> sizes = new HashSet<>();
        for (String name : layouts.keySet()) {
            SeatLayout layout = SeatLayout.parse(layouts.getJsonArray(name).getValuesAs(JsonString::getString));
            Set<SeatType> types = EnumSet.noneOf(SeatType.class);
            layout.seats().forEach(s -> types.add(s.type()));
            assertThat(types).as(name).contains(SeatType.WHEELCHAIR, SeatType.VIP, SeatType.COUPLE);
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
