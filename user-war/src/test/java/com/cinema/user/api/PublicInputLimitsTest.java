package com.cinema.user.api;

import com.cinema.testing.InputConstraints;
import com.cinema.testing.PublicInputLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The user service's inputs limit what the gateway's public ones limit (the same expectation on both sides). */
class PublicInputLimitsTest {

    @Test
    void accountInputsHaveThePublicLimits() {
        assertThat(InputConstraints.of(RegisterInput.class)).isEqualTo(PublicInputLimits.REGISTER_INPUT);
        assertThat(InputConstraints.of(ProfileInput.class)).isEqualTo(PublicInputLimits.PROFILE_INPUT);
    }
}
