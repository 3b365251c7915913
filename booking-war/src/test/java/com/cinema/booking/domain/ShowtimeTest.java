package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowtimeTest {

    private static final Instant SEVEN_PM = Instant.parse("2026-12-04T19:00:00Z");

    @Test
    void newShowtimeIsScheduledWithANormalisedCurrency() {
        Showtime showtime = new Showtime(1, 2, 3, SEVEN_PM, SEVEN_PM.plus(Duration.ofMinutes(140)), 1250, " gbp");

        assertThat(showtime.getStatus()).isEqualTo(ShowtimeStatus.SCHEDULED);
        assertThat(showtime.getCurrency()).isEqualTo("GBP");
        assertThat(showtime.getBasePriceCents()).isEqualTo(1250);
    }

    @Test
    void mustEndAfterItStarts() {
        assertThatThrownBy(() -> new Showtime(1, 2, 3, SEVEN_PM, SEVEN_PM, 1000, "GBP"))
                .isInstanceOf(ValidationException.class).hasMessage("endsAt: must be after startsAt");
        assertThatThrownBy(() -> new Showtime(1, 2, 3, SEVEN_PM, SEVEN_PM.plusSeconds(60), 0, "GBP"))
                .hasMessage("basePriceCents: must be greater than zero");
        assertThatThrownBy(() -> new Showtime(1, 2, 3, SEVEN_PM, null, 1000, "GBP"))
                .hasMessageStartingWith("endsAt:");
    }

    @Test
    void priceAndCurrencyAreChecked() {
        Instant end = SEVEN_PM.plusSeconds(3600);
        assertThatThrownBy(() -> new Showtime(1, 2, 3, SEVEN_PM, end, -1, "GBP")).hasMessageStartingWith("basePriceCents:");
        assertThatThrownBy(() -> new Showtime(1, 2, 3, SEVEN_PM, end, 900, "POUNDS")).hasMessageStartingWith("currency:");
        assertThatThrownBy(() -> new Showtime(1, 2, 3, SEVEN_PM, end, 900, null)).hasMessageStartingWith("currency:");
    }
}
