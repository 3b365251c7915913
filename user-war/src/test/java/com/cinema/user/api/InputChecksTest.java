package com.cinema.user.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputChecksTest {

    @Test
    void anEmptyPhoneFieldPassesTheEdgeCheckAndAnythingElseMustBeE164() {
        assertThat("").matches(InputChecks.OPTIONAL_PHONE);
        assertThat(" +442079460018 ").matches(InputChecks.OPTIONAL_PHONE);
        assertThat("020 7946 0018").doesNotMatch(InputChecks.OPTIONAL_PHONE);
    }
}
