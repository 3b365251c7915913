package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CinemaTest {

    @Test
    void keepsCoordinatesToSixDecimalPlacesAndTheZoneById() {
        Cinema cinema = new Cinema("Lumen Test", "1 High Street", "Leeds", 53.79648712, -1.5478, " Europe/London ");

        assertThat(cinema.getLatitude()).isEqualTo(53.796487);
        assertThat(cinema.getLongitude()).isEqualTo(-1.5478);
        assertThat(cinema.getTimeZone().getId()).isEqualTo("Europe/London");
    }

    @Test
    void seatRulesAreOnByDefaultAndAnUpdateWithoutThemKeepsThem() {
        Cinema cinema = new Cinema("Lumen Test", "1 High Street", "Leeds", 53.8, -1.5, "Europe/London");
        assertThat(cinema.isSeatRulesEnabled()).isTrue();

        Cinema off = new Cinema("Lumen Test", "1 High Street", "Leeds", 53.8, -1.5, "Europe/London");
        off.setSeatRulesEnabled(false);
        cinema.updateFrom(off);
        assertThat(cinema.isSeatRulesEnabled()).isFalse();

        Cinema silent = new Cinema("Lumen Test", "2 High Street", "Leeds", 53.8, -1.5, "Europe/London");
        silent.setSeatRulesEnabled(null);
        cinema.updateFrom(silent);
        assertThat(cinema.isSeatRulesEnabled()).isFalse();
        assertThat(cinema.getAddress()).isEqualTo("2 High Street");

        Cinema on = new Cinema("Lumen Test", "2 High Street", "Leeds", 53.8, -1.5, "Europe/London");
        on.setSeatRulesEnabled(true);
        cinema.updateFrom(on);
        assertThat(cinema.isSeatRulesEnabled()).isTrue();
    }

    @Test
    void timeZoneMustBeAnIanaRegionNotAnOffset() {
        assertThatThrownBy(() -> new Cinema("A", "B", "C", 0, 0, "Mars/Olympus"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("timeZone:");
        assertThatThrownBy(() -> new Cinema("A", "B", "C", 0, 0, "+01:00")).hasMessageStartingWith("timeZone:");
        assertThatThrownBy(() -> new Cinema("A", "B", "C", 0, 0, null)).hasMessageStartingWith("timeZone:");
    }

    @Test
    void coordinatesOutsideTheGlobeAreRejected() {
        assertThatThrownBy(() -> new Cinema("A", "B", "C", 90.5, 0, "UTC")).hasMessageStartingWith("latitude:");
        assertThatThrownBy(() -> new Cinema("A", "B", "C", 0, -180.1, "UTC")).hasMessageStartingWith("longitude:");
        assertThatThrownBy(() -> new Cinema("A", "B", "C", Double.NaN, 0, "UTC")).hasMessageStartingWith("latitude:");
    }

    @Test
    void nameAddressAndCityAreRequiredAndTrimmed() {
        Cinema cinema = new Cinema("  Lumen Test ", " 1 High Street ", " Leeds ", 0, 0, "UTC");
        assertThat(cinema.getName()).isEqualTo("Lumen Test");
        assertThat(cinema.getAddress()).isEqualTo("1 High Street");
        assertThat(cinema.getCity()).isEqualTo("Leeds");

        assertThatThrownBy(() -> new Cinema(" ", "B", "C", 0, 0, "UTC"))
                .isInstanceOf(ValidationException.class).hasMessage("name: is required");
        assertThatThrownBy(() -> new Cinema("A", null, "C", 0, 0, "UTC")).hasMessage("address: is required");
        assertThatThrownBy(() -> new Cinema("A", "B", "", 0, 0, "UTC")).hasMessage("city: is required");
        assertThatThrownBy(() -> new Cinema("x".repeat(Cinema.NAME_MAX_LENGTH + 1), "B", "C", 0, 0, "UTC"))
                .hasMessage("name: must be at most 200 characters");
    }

    @Test
    void coordinatesOnTheEdgeOfTheGlobeAreAccepted() {
        Cinema cinema = new Cinema("A", "B", "C", -90, 180, "UTC");
        assertThat(cinema.getLatitude()).isEqualTo(-90);
        assertThat(cinema.getLongitude()).isEqualTo(180);
        assertThatThrownBy(() -> new Cinema("A", "B", "C", 91, 0, "UTC")).hasMessage("latitude: must be between -90 and 90");
    }

    @Test
    void phoneIsOptionalAndBounded() {
        Cinema cinema = new Cinema("A", "B", "C", 0, 0, "UTC");
        cinema.setPhone(" +44 20 7946 0311 ");
        assertThat(cinema.getPhone()).isEqualTo("+44 20 7946 0311");
        cinema.setPhone("  ");
        assertThat(cinema.getPhone()).isNull();
        assertThatThrownBy(() -> cinema.setPhone("1".repeat(41))).hasMessageStartingWith("phone:");
    }
}
