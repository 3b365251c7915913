package com.cinema.booking.api;

import com.cinema.booking.domain.BookingSearch;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingFilterTest {

    @Test
    void noFilterSearchesEverything() {
        assertThat(BookingFilter.toSearch(null)).isEqualTo(BookingSearch.everything());
        assertThat(BookingFilter.toSearch(new BookingFilter())).isEqualTo(BookingSearch.everything());
    }

    @Test
    void fieldsBecomeTheSearchWithInstants() {
        BookingFilter filter = new BookingFilter();
        filter.status = "refunded";
        filter.userId = "12";
        filter.showtimeId = " 34 ";
        filter.from = OffsetDateTime.parse("2026-12-04T01:00:00+01:00");
        filter.to = OffsetDateTime.parse("2026-12-05T00:00:00Z");
        filter.code = "k7q2ab9x";

        assertThat(BookingFilter.toSearch(filter)).isEqualTo(new BookingSearch(BookingStatus.REFUNDED, 12L, 34L,
                Instant.parse("2026-12-04T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"), "K7Q2AB9X"));
    }

    @Test
    void errorsNameTheFilterField() {
        assertFieldOf(filter(f -> f.status = "PAID"), "filter.status");
        assertFieldOf(filter(f -> f.userId = "me"), "filter.userId");
        assertFieldOf(filter(f -> f.showtimeId = ""), "filter.showtimeId");
        assertFieldOf(filter(f -> f.code = "K7Q2 AB9X"), "filter.code");
        assertFieldOf(filter(f -> {
            f.from = OffsetDateTime.parse("2026-12-05T00:00:00Z");
            f.to = OffsetDateTime.parse("2026-12-04T00:00:00Z");
        }), "filter.from");
    }

    private static BookingFilter filter(Consumer<BookingFilter> setUp) {
        BookingFilter filter = new BookingFilter();
        setUp.accept(filter);
        return filter;
    }

    private static void assertFieldOf(BookingFilter filter, String field) {
        assertThatThrownBy(() -> BookingFilter.toSearch(filter))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
