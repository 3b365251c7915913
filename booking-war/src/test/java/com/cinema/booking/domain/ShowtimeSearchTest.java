package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowtimeSearchTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void windowMayBeOpenOnEitherSideOrEmpty() {
        ShowtimeSearch fromOnly = new ShowtimeSearch(1L, null, NOON, null);
        assertThat(fromOnly.movieId()).isEqualTo(1L);
        assertThat(fromOnly.cinemaId()).isNull();
        assertThat(fromOnly.from()).isEqualTo(NOON);
        assertThat(fromOnly.to()).isNull();

        ShowtimeSearch toOnly = new ShowtimeSearch(null, 2L, null, NOON);
        assertThat(toOnly.cinemaId()).isEqualTo(2L);
        assertThat(toOnly.from()).isNull();
        assertThat(toOnly.to()).isEqualTo(NOON);

        ShowtimeSearch empty = new ShowtimeSearch(null, null, NOON, NOON);
        assertThat(empty.from()).isEqualTo(empty.to());

        assertThat(ShowtimeSearch.everything()).isEqualTo(new ShowtimeSearch(null, null, null, null));
    }

    @Test
    void toBeforeFromIsAValidationErrorOfTo() {
        assertThatThrownBy(() -> new ShowtimeSearch(null, null, NOON, NOON.minusMillis(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessage("to: must not be before from");
    }
}
