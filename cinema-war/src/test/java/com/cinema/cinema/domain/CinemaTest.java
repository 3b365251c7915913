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
}
