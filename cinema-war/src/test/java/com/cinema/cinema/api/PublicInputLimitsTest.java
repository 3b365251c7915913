package com.cinema.cinema.api;

import com.cinema.testing.InputConstraints;
import com.cinema.testing.PublicInputLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cinema service's CinemaInput limits what the gateway's public one does (one expectation for both). */
class PublicInputLimitsTest {

    @Test
    void cinemaInputHasThePublicLimits() {
        assertThat(InputConstraints.of(CinemaInput.class)).isEqualTo(PublicInputLimits.CINEMA_INPUT);
    }
}
