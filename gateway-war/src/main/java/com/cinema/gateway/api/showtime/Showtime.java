package com.cinema.gateway.api.showtime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public {@code Showtime} type. Its plain fields are exactly the booking service's, so the typed client reads
 * them straight into this class; {@code movie}, {@code cinema} and {@code auditorium} are resolvers
 * ({@link ShowtimeGraphQlApi}) loaded in batches by {@link ReferenceLoader}.
 */
public class Showtime {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String movieId;
    @Id
    @NonNull
    public String cinemaId;
    @Id
    @NonNull
    public String auditoriumId;
    @NonNull
    @Description("Start, ISO-8601 with offset (UTC)")
    public OffsetDateTime startsAt;
    @NonNull
    @Description("End (movie plus adverts), ISO-8601 with offset (UTC)")
    public OffsetDateTime endsAt;
    @Description("Price of a standard seat in minor units of the currency")
    public int basePriceCents;
    @NonNull
    @Description("ISO 4217 code, e.g. GBP")
    public String currency;
    @Description("Bookable seats not held or sold")
    public int availableSeats;
    @NonNull
    @Description("SCHEDULED or CANCELLED")
    public String status;
    @NonNull
    @Description("What kind of screening it is (SUBTITLED, AUDIO_DESCRIBED, RELAXED, PARENT_AND_BABY), in that order; "
            + "empty for an ordinary one")
    public List<@NonNull ScreeningFeature> features;
}
