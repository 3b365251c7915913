package com.cinema.booking.api;

import com.cinema.booking.domain.Showtime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ShowtimeViewTest {

    @Test
    void showsTimesInUtcAndIdsAsStrings() {
        Showtime showtime = new Showtime(11, 22, 33, Instant.parse("2026-07-01T18:30:00Z"),
                Instant.parse("2026-07-01T20:45:00Z"), 1100, "EUR");

        ShowtimeView view = ShowtimeView.of(showtime);

        assertThat(view.startsAt.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(view.startsAt).hasToString("2026-07-01T18:30Z");
        assertThat(view.endsAt.toInstant()).isEqualTo(Instant.parse("2026-07-01T20:45:00Z"));
        assertThat(view.movieId).isEqualTo("11");
        assertThat(view.cinemaId).isEqualTo("22");
        assertThat(view.auditoriumId).isEqualTo("33");
        assertThat(view.status).isEqualTo("SCHEDULED");
        assertThat(view.currency).isEqualTo("EUR");
    }
}
