package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingSearchTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void windowMayBeOpenOnEitherSideOrEmpty() {
        assertThatCode(() -> new BookingSearch(BookingStatus.HELD, 1L, null, NOON, null)).doesNotThrowAnyException();
        assertThatCode(() -> new BookingSearch(null, null, 2L, null, NOON)).doesNotThrowAnyException();
        assertThatCode(() -> new BookingSearch(null, null, null, NOON, NOON)).doesNotThrowAnyException();
        assertThatCode(BookingSearch::everything).doesNotThrowAnyException();
    }

    @Test
    void fromAfterToIsAValidationErrorOfFilterFrom() {
        assertThatThrownBy(() -> new BookingSearch(null, null, null, NOON.plusMillis(1), NOON))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("filter.from"))
                .hasMessage("filter.from: must not be after to");
    }
}
