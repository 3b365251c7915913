package com.cinema.common.input;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputLimitsTest {

    @Test
    void aRadiusMustBeOnTheGlobe() {
        assertThat(InputLimits.radiusKm("radiusKm", null)).isNull();
        assertThat(InputLimits.radiusKm("radiusKm", 25.0)).isEqualTo(25.0);
        for (double bad : new double[] {1e308, Double.POSITIVE_INFINITY, Double.NaN, 0, -3, 20_039}) {
            assertThatThrownBy(() -> InputLimits.radiusKm("radiusKm", bad)).as("" + bad)
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("radiusKm: must be greater than 0 and at most 20038");
        }
    }

    @Test
    void coordinatesStayWithinTheirDegrees() {
        assertThat(InputLimits.coordinate("near.latitude", -90.0, InputLimits.LATITUDE_LIMIT)).isEqualTo(-90.0);
        assertThatThrownBy(() -> InputLimits.coordinate("near.latitude", 1e308, InputLimits.LATITUDE_LIMIT))
                .hasMessage("near.latitude: " + InputLimits.LATITUDE_RANGE);
        assertThatThrownBy(() -> InputLimits.coordinate("near.longitude", Double.NaN, InputLimits.LONGITUDE_LIMIT))
                .hasMessage("near.longitude: " + InputLimits.LONGITUDE_RANGE);
        assertThatThrownBy(() -> InputLimits.coordinate("near.longitude", null, InputLimits.LONGITUDE_LIMIT))
                .hasMessage("near.longitude: is required");
    }

    @Test
    void annotationTextAgreesWithTheNumbers() {
        assertThat(Integer.parseInt(InputLimits.LATITUDE_MAX)).isEqualTo(InputLimits.LATITUDE_LIMIT);
        assertThat(Integer.parseInt(InputLimits.LATITUDE_MIN)).isEqualTo(-InputLimits.LATITUDE_LIMIT);
        assertThat(Integer.parseInt(InputLimits.LONGITUDE_MAX)).isEqualTo(InputLimits.LONGITUDE_LIMIT);
        assertThat(Integer.parseInt(InputLimits.LONGITUDE_MIN)).isEqualTo(-InputLimits.LONGITUDE_LIMIT);
        assertThat(InputLimits.LATITUDE_RANGE).contains(InputLimits.LATITUDE_MIN).endsWith(InputLimits.LATITUDE_MAX);
        assertThat(InputLimits.LONGITUDE_RANGE).contains(InputLimits.LONGITUDE_MIN).endsWith(InputLimits.LONGITUDE_MAX);
    }

    @Test
    void theMovieDurationTextAgreesWithItsBounds() {
        assertThat(InputLimits.MOVIE_DURATION_RANGE).contains(" " + InputLimits.MOVIE_MIN_DURATION_MINUTES + " ")
                .contains(" " + InputLimits.MOVIE_MAX_DURATION_MINUTES + " ");
        assertThat("https://example.test/trailer").matches(InputLimits.HTTP_URL_PATTERN);
        assertThat("ftp://example.test").doesNotMatch(InputLimits.HTTP_URL_PATTERN);
    }
}
