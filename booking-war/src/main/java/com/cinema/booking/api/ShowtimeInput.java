package com.cinema.booking.api;

import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.ShowtimeDraft;
import com.cinema.common.error.ValidationException;
import com.cinema.common.input.Ids;
import com.cinema.common.input.InputLimits;
import com.cinema.common.input.IsoCurrency;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The GraphQL {@code ShowtimeInput}: what staff give to schedule or change a showtime. */
@Input("ShowtimeInput")
public class ShowtimeInput {

    @Id
    public String movieId;
    @Id
    public String auditoriumId;
    @Description("Start, ISO-8601 with offset; the end follows from the movie's duration")
    public OffsetDateTime startsAt;
    @Description("Price of a standard seat in minor units of the currency, greater than zero")
    public Integer basePriceCents;
    @Description("ISO 4217 code, e.g. GBP")
    public String currency;
    @Description("What kind of screening it is: SUBTITLED, AUDIO_DESCRIBED, RELAXED, PARENT_AND_BABY; none (or null) for an "
            + "ordinary one. On a change, a feature is not taken away once seats are held or sold (CONFLICT)")
    public List<ScreeningFeature> features;

    /** The checked draft; errors name the field as given in the input. */
    static ShowtimeDraft toDraft(ShowtimeInput input, java.time.Instant now) {
        if (input == null) {
            throw new ValidationException("input", "is required");
        }
        if (input.movieId == null || input.movieId.isBlank()) {
            throw new ValidationException("movieId", "is required");
        }
        long movie = Ids.parse("movieId", input.movieId);
        if (input.auditoriumId == null || input.auditoriumId.isBlank()) {
            throw new ValidationException("auditoriumId", "is required");
        }
        long auditorium = Ids.parse("auditoriumId", input.auditoriumId);
        if (input.startsAt == null) {
            throw new ValidationException("startsAt", "is required");
        }
        if (!input.startsAt.toInstant().isAfter(now)) {
            throw new ValidationException("startsAt", "must be in the future");
        }
        if (input.basePriceCents == null || input.basePriceCents < InputLimits.BASE_PRICE_MIN_CENTS
                || input.basePriceCents > InputLimits.AMOUNT_MAX_CENTS) {
            throw new ValidationException("basePriceCents", InputLimits.BASE_PRICE_RANGE);
        }
        String currency = IsoCurrency.require("currency", input.currency);
        if (input.features != null && input.features.contains(null)) {
            throw new ValidationException("features", "must not hold null");
        }
        return new ShowtimeDraft(movie, auditorium, input.startsAt.toInstant(), input.basePriceCents, currency,
                input.features == null ? Set.of() : Set.copyOf(input.features));
    }
}
