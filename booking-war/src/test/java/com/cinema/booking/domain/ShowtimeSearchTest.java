package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowtimeSearchTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void windowMayBeOpenOnEitherSideOrEmpty() {
        assertThatCode(() -> new ShowtimeSearch(1L, null, NOON, null)).doesNotThrowAnyException();
        assertThatCode(() -> new ShowtimeSearch(null, 2L, null, NOON)).doesNotThrowAnyException();
        assertThatCode(() -> new ShowtimeSearch(null, null, NOON, NOON)).doesNotThrowAnyException();
        assertThatCode(ShowtimeSearch::everything).doesNotThrowAnyException();
    }

    @Test
    void toBeforeFromIsAValidationErrorOfTo() {
        assertThatThrownBy(() -> new ShowtimeSearch(null, null, NOON, NOON.minusMillis(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("to: must not be before from");
    }
}
