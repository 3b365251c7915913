package com.cinema.gateway.api;

import com.cinema.common.input.InputLimits;
import com.cinema.gateway.api.booking.PaymentInput;
import com.cinema.gateway.api.cinema.CinemaInput;
import com.cinema.gateway.api.movie.MovieInput;
import com.cinema.gateway.api.showtime.ShowtimeInput;
import com.cinema.gateway.api.user.ProfileInput;
import com.cinema.gateway.api.user.RegisterInput;
import com.cinema.testing.InputConstraints;
import com.cinema.testing.PublicInputLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's public inputs limit what the services' own inputs limit: each is compared with the expectation
 * the service's test uses too (PublicInputLimits), so a limit changed on one side only fails one of the two.
 */
class PublicInputLimitsTest {

    @Test
    void accountInputsHaveTheUserServicesLimits() {
        assertThat(InputConstraints.of(RegisterInput.class)).isEqualTo(PublicInputLimits.REGISTER_INPUT);
        assertThat(InputConstraints.of(ProfileInput.class)).isEqualTo(PublicInputLimits.PROFILE_INPUT);
    }

    @Test
    void paymentInputHasTheBookingServicesLimits() {
        assertThat(InputConstraints.of(PaymentInput.class)).isEqualTo(PublicInputLimits.PAYMENT_INPUT);
    }

    @Test
    void catalogueInputsHaveTheMovieAndCinemaServicesLimits() {
        assertThat(InputConstraints.of(MovieInput.class)).isEqualTo(PublicInputLimits.MOVIE_INPUT);
        assertThat(InputConstraints.of(CinemaInput.class)).isEqualTo(PublicInputLimits.CINEMA_INPUT);
    }

    /** The booking service checks a showtime in code (ShowtimeInputTest there) against the same constants. */
    @Test
    void showtimeInputHasTheBookingServicesLimits() {
        assertThat(InputConstraints.of(ShowtimeInput.class)).isEqualTo(InputConstraints.expect()
                .range("basePriceCents", InputLimits.BASE_PRICE_MIN_CENTS, InputLimits.AMOUNT_MAX_CENTS)
                .pattern("currency", InputLimits.CURRENCY_PATTERN)
                .build());
    }
}
