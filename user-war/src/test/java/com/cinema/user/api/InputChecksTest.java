package com.cinema.user.api;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputChecksTest {

    @Test
    void domainFieldsAreNamedInsideTheArgument() {
        assertThatThrownBy(() -> InputChecks.within("input", () -> {
            throw new ValidationException("password", "must be at least 10 characters");
        })).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("input.password");
            assertThat(e.getMessage()).isEqualTo("input.password: must be at least 10 characters");
        });
    }

    @Test
    void anEmptyPhoneFieldPassesTheEdgeCheckAndAnythingElseMustBeE164() {
        assertThat("").matches(InputChecks.OPTIONAL_PHONE);
        assertThat(" +442079460018 ").matches(InputChecks.OPTIONAL_PHONE);
        assertThat("020 7946 0018").doesNotMatch(InputChecks.OPTIONAL_PHONE);
    }
}
