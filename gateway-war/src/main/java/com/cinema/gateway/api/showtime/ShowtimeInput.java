package com.cinema.gateway.api.showtime;

import com.cinema.common.input.InputLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A showtime to schedule or reschedule (staff). Checked here at the edge and again by the booking service, with
 * the same limits ({@link InputLimits}).
 */
@Input("ShowtimeInput")
public class ShowtimeInput {

    @Id
    @NonNull
    @NotBlank
    public String movieId;
    @Id
    @NonNull
    @NotBlank
    public String auditoriumId;
    @NonNull
    @NotNull
    @Description("Start, ISO-8601 with offset")
    public OffsetDateTime startsAt;
    @Min(value = InputLimits.BASE_PRICE_MIN_CENTS, message = InputLimits.BASE_PRICE_RANGE)
    @Max(value = InputLimits.AMOUNT_MAX_CENTS, message = InputLimits.BASE_PRICE_RANGE)
    @Description("Price of a standard seat in minor units of the currency")
    public int basePriceCents;
    @NonNull
    @NotBlank
    @Pattern(regexp = InputLimits.CURRENCY_PATTERN, message = InputLimits.CURRENCY_FORM)
    public String currency;
    @Description("What kind of screening it is: SUBTITLED, AUDIO_DESCRIBED, RELAXED, PARENT_AND_BABY; none (or null) for "
            + "an ordinary one. On a change, a feature is not taken away once seats are held or sold (CONFLICT)")
    public List<ScreeningFeature> features;
}
