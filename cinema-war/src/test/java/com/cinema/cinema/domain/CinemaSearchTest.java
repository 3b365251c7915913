package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CinemaSearchTest {

    private static final Cinema SOUTHBANK = new Cinema("Lumen Southbank", "a", "London", 51.505812, -0.116031, "Europe/London");
    private static final Cinema CAMDEN = new Cinema("Lumen Camden", "a", "London", 51.538470, -0.144206, "Europe/London");
    private static final Cinema ANCOATS = new Cinema("Lumen Ancoats", "a", "Manchester", 53.484612, -2.227036, "Europe/London");
    private static final Cinema ORMOND = new Cinema("Lumen Ormond Quay", "a", "Dublin", 53.346251, -6.270148, "Europe/Dublin");
    private static final List<Cinema> ESTATE = List.of(SOUTHBANK, ORMOND, CAMDEN, ANCOATS);

    /** Trafalgar Square. */
    private static final GeoPoint CENTRAL_LONDON = new GeoPoint(51.508039, -0.128069);

    @Test
    void withoutNearCinemasComeByNameWithoutDistance() {
        List<CinemaSearch.Found> found = CinemaSearch.of(null, null, null).apply(ESTATE);
        assertThat(found).extracting(f -> f.cinema().getName())
                .containsExactly("Lumen Ancoats", "Lumen Camden", "Lumen Ormond Quay", "Lumen Southbank");
        assertThat(found).allMatch(f -> f.distanceKm() == null);
    }

    @Test
    void withNearCinemasComeNearestFirstWithTheirDistance() {
        List<CinemaSearch.Found> found = CinemaSearch.of(null, CENTRAL_LONDON, null).apply(ESTATE);
        assertThat(found).extracting(f -> f.cinema().getName())
                .containsExactly("Lumen Southbank", "Lumen Camden", "Lumen Ancoats", "Lumen Ormond Quay");
        assertThat(found.get(0).distanceKm()).isCloseTo(0.87, within(0.05));
        assertThat(found.get(1).distanceKm()).isCloseTo(3.5, within(0.2));
        assertThat(found.get(2).distanceKm()).isCloseTo(262, within(3.0));
        assertThat(found.get(3).distanceKm()).isCloseTo(464, within(4.0));
    }

    @Test
    void aRadiusKeepsOnlyCinemasWithinIt() {
        assertThat(CinemaSearch.of(null, CENTRAL_LONDON, 50.0).apply(ESTATE)).extracting(f -> f.cinema().getName())
                .containsExactly("Lumen Southbank", "Lumen Camden");
        assertThat(CinemaSearch.of(null, CENTRAL_LONDON, 1.0).apply(ESTATE)).extracting(f -> f.cinema().getName())
                .containsExactly("Lumen Southbank");
        assertThat(CinemaSearch.of(null, CENTRAL_LONDON, 300.0).apply(ESTATE)).hasSize(3);
    }

    @Test
    void aRadiusNeedsAPointAndMustBePositive() {
        assertThatThrownBy(() -> CinemaSearch.of(null, null, 10.0))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("radiusKm:");
        assertThatThrownBy(() -> CinemaSearch.of(null, CENTRAL_LONDON, 0.0))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("radiusKm:");
        assertThatThrownBy(() -> CinemaSearch.of(null, CENTRAL_LONDON, -5.0))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("radiusKm:");
    }

    @Test
    void cityIsTrimmedAndBlankMeansAll() {
        assertThat(CinemaSearch.of("  London ", null, null).city()).isEqualTo("London");
        assertThat(CinemaSearch.of("  ", null, null).city()).isNull();
    }
}
