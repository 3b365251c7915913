package com.cinema.gateway.api.booking;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeatIdsCheckTest {

    private static List<String> seats(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(String.valueOf(i));
        }
        return ids;
    }

    @Test
    void oneToTenDistinctSeatsPass() {
        assertThatCode(() -> BookingGraphQlApi.checkSeatIds(seats(1), 10)).doesNotThrowAnyException();
        assertThatCode(() -> BookingGraphQlApi.checkSeatIds(seats(10), 10)).doesNotThrowAnyException();
    }

    @Test
    void elevenSeatsNameTheField() {
        assertThatThrownBy(() -> BookingGraphQlApi.checkSeatIds(seats(11), 10))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("seatIds: ")
                .hasMessageContaining("at most 10");
    }

    @Test
    void noSeatsDuplicatesAndBlanksAreRefused() {
        assertThatThrownBy(() -> BookingGraphQlApi.checkSeatIds(List.of(), 10)).hasMessageStartingWith("seatIds: ");
        assertThatThrownBy(() -> BookingGraphQlApi.checkSeatIds(List.of("4", "4"), 10)).hasMessageContaining("twice");
        assertThatThrownBy(() -> BookingGraphQlApi.checkSeatIds(List.of("4", " "), 10)).hasMessageContaining("empty");
    }

    @Test
    void theLimitComesFromConfiguration() {
        assertThatThrownBy(() -> BookingGraphQlApi.checkSeatIds(seats(5), 4)).hasMessageContaining("at most 4");
    }
}
