package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingSearchTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void windowMayBeOpenOnEitherSideOrEmpty() {
        BookingSearch fromOnly = new BookingSearch(BookingStatus.HELD, 1L, null, NOON, null, null);
        assertThat(fromOnly.status()).isEqualTo(BookingStatus.HELD);
        assertThat(fromOnly.userId()).isEqualTo(1L);
        assertThat(fromOnly.from()).isEqualTo(NOON);
        assertThat(fromOnly.to()).isNull();

        BookingSearch toOnly = new BookingSearch(null, null, 2L, null, NOON, null);
        assertThat(toOnly.showtimeId()).isEqualTo(2L);
        assertThat(toOnly.from()).isNull();
        assertThat(toOnly.to()).isEqualTo(NOON);

        BookingSearch empty = new BookingSearch(null, null, null, NOON, NOON, null);
        assertThat(empty.from()).isEqualTo(empty.to());

        assertThat(BookingSearch.everything()).isEqualTo(new BookingSearch(null, null, null, null, null, null));
    }

    @Test
    void fromAfterToIsAValidationErrorOfFilterFrom() {
        assertThatThrownBy(() -> new BookingSearch(null, null, null, NOON.plusMillis(1), NOON, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("filter.from"))
                .hasMessage("filter.from: must not be after to");
    }

    @Test
    void aCodeIsReadInAnyCaseWithoutSurroundingSpaces() {
        assertThat(new BookingSearch(null, null, null, null, null, " k7q2ab9x ").code()).isEqualTo("K7Q2AB9X");
        assertThat(new BookingSearch(null, null, null, null, null, null).code()).isNull();
    }

    @Test
    void aCodeThatNoBookingCouldHaveIsAValidationErrorOfFilterCode() {
        for (String code : new String[] {"", "K7Q2-AB9X", "K7Q2AB9X' OR '1'='1", "ABCDEFGHJKLMNPQRS"}) {
            assertThatThrownBy(() -> new BookingSearch(null, null, null, null, null, code)).as(code)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("filter.code"));
        }
    }
}
