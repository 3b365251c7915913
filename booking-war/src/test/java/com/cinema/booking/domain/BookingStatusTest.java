package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingStatusTest {

    @Test
    void parsesNamesIgnoringCaseAndBlanks() {
        assertThat(BookingStatus.parse("status", " confirmed ")).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(BookingStatus.parse("status", "PAYMENT_PENDING")).isEqualTo(BookingStatus.PAYMENT_PENDING);
    }

    @Test
    void unknownOrMissingStatusIsAValidationErrorOfTheGivenField() {
        assertThatThrownBy(() -> BookingStatus.parse("filter.status", "PAID"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("filter.status"))
                .hasMessageStartingWith("filter.status: must be one of HELD, PAYMENT_PENDING, CONFIRMED");
        assertThatThrownBy(() -> BookingStatus.parse("filter.status", null))
                .isInstanceOf(ValidationException.class);
    }
}
