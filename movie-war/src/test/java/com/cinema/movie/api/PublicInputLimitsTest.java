package com.cinema.movie.api;

import com.cinema.testing.InputConstraints;
import com.cinema.testing.PublicInputLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The movie service's MovieInput limits what the gateway's public one does (one expectation for both). */
class PublicInputLimitsTest {

    @Test
    void movieInputHasThePublicLimits() {
        assertThat(InputConstraints.of(MovieInput.class)).isEqualTo(PublicInputLimits.MOVIE_INPUT);
    }
}
