package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    private static final GeoPoint LONDON = new GeoPoint(51.5074, -0.1278);
    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    private static final GeoPoint NEW_YORK = new GeoPoint(40.7128, -74.0060);

    @Test
    void knownDistancesByTheHaversineFormula() {
        // Published great-circle distances on the mean Earth sphere.
        assertThat(LONDON.distanceKm(PARIS)).isCloseTo(343.6, within(0.5));
        assertThat(LONDON.distanceKm(NEW_YORK)).isCloseTo(5570.2, within(1.0));
        // A quarter of a meridian: pole to equator is exactly R * pi / 2.
        assertThat(new GeoPoint(90, 0).distanceKm(new GeoPoint(0, 0)))
                .isCloseTo(GeoPoint.EARTH_RADIUS_KM * Math.PI / 2, within(1e-6));
        // One degree of longitude on the equator.
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 1))).isCloseTo(111.195, within(0.001));
    }

    @Test
    void distanceIsSymmetricZeroToItselfAndTakesTheShortWayAcrossTheDateLine() {
        assertThat(PARIS.distanceKm(LONDON)).isEqualTo(LONDON.distanceKm(PARIS));
        assertThat(LONDON.distanceKm(LONDON)).isZero();
        assertThat(new GeoPoint(0, 179.5).distanceKm(new GeoPoint(0, -179.5))).isCloseTo(111.195, within(0.001));
        // Antipodes: half the circumference, never NaN.
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180)))
                .isCloseTo(GeoPoint.EARTH_RADIUS_KM * Math.PI, within(1e-6));
    }

    @Test
    void coordinatesOffTheGlobeNameTheirField() {
        assertThatThrownBy(() -> GeoPoint.of("near", 90.5, 0.0))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("near.latitude:");
        assertThatThrownBy(() -> GeoPoint.of("near", 0.0, -180.01))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("near.longitude:");
        assertThatThrownBy(() -> GeoPoint.of("near", null, 0.0))
                .isInstanceOf(ValidationException.class).hasMessage("near.latitude: is required");
        assertThat(GeoPoint.of("near", -90.0, 180.0)).isEqualTo(new GeoPoint(-90, 180));
    }
}
