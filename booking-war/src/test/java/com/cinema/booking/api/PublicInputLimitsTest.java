package com.cinema.booking.api;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;
import com.cinema.testing.InputConstraints;
import com.cinema.testing.PublicInputLimits;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The booking service's inputs limit what the gateway's public ones limit: PaymentInput against the expectation
 * the gateway's test uses too, ShowtimeInput (checked in code) at the bounds the gateway's annotations name.
 */
class PublicInputLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void paymentInputHasThePublicLimits() {
        assertThat(InputConstraints.of(PaymentInput.class)).isEqualTo(PublicInputLimits.PAYMENT_INPUT);
    }

    @Test
    void aShowtimePriceIsTakenExactlyWithinThePublicBounds() {
        assertThat(ShowtimeInput.toDraft(showtime(InputLimits.BASE_PRICE_MIN_CENTS), NOW)).isNotNull();
        assertThat(ShowtimeInput.toDraft(showtime(InputLimits.AMOUNT_MAX_CENTS), NOW)).isNotNull();
        for (int price : new int[] {InputLimits.BASE_PRICE_MIN_CENTS - 1, InputLimits.AMOUNT_MAX_CENTS + 1}) {
            assertThatThrownBy(() -> ShowtimeInput.toDraft(showtime(price), NOW)).as("price " + price)
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("basePriceCents: " + InputLimits.BASE_PRICE_RANGE);
        }
    }

    @Test
    void aCurrencyThePublicPatternTakesIsAnIsoCode() {
        ShowtimeInput input = showtime(1000);
        input.currency = "EUR";
        assertThat(input.currency).matches(InputLimits.CURRENCY_PATTERN);
        assertThat(ShowtimeInput.toDraft(input, NOW)).isNotNull();
        input.currency = "POUNDS";
        assertThatThrownBy(() -> ShowtimeInput.toDraft(input, NOW)).hasMessageStartingWith("currency:");
    }

    private static ShowtimeInput showtime(int priceCents) {
        ShowtimeInput input = new ShowtimeInput();
        input.movieId = "3";
        input.auditoriumId = "4";
        input.startsAt = OffsetDateTime.of(2027, 1, 5, 19, 30, 0, 0, ZoneOffset.UTC);
        input.basePriceCents = priceCents;
        input.currency = "GBP";
        return input;
    }
}
