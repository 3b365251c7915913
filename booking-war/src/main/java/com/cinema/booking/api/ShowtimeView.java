package com.cinema.booking.api;

import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.Showtime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The GraphQL {@code Showtime} type as the booking service knows it: ids of movie, cinema and auditorium. */
@Type("Showtime")
public class ShowtimeView {

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
    @Description("Start, ISO-8601 in UTC")
    public OffsetDateTime startsAt;
    @NonNull
    @Description("End, ISO-8601 in UTC")
    public OffsetDateTime endsAt;
    @Description("Price of a standard seat in minor units of the currency")
    public int basePriceCents;
    @NonNull
    @Description("ISO 4217 code, e.g. GBP")
    public String currency;
    @Description("Seats that can still be booked: sellable seats minus those held or sold")
    public int availableSeats;
    @NonNull
    @Description("SCHEDULED or CANCELLED")
    public String status;
    @NonNull
    @Description("What kind of screening it is (SUBTITLED, AUDIO_DESCRIBED, RELAXED, PARENT_AND_BABY), in that order; "
            + "empty for an ordinary one")
    public List<@NonNull ScreeningFeature> features;

    static ShowtimeView of(Showtime showtime, int availableSeats) {
        ShowtimeView view = of(showtime);
        view.availableSeats = availableSeats;
        return view;
    }

    static ShowtimeView of(Showtime showtime) {
        ShowtimeView view = new ShowtimeView();
        view.id = String.valueOf(showtime.getId());
        view.movieId = String.valueOf(showtime.getMovieId());
        view.cinemaId = String.valueOf(showtime.getCinemaId());
        view.auditoriumId = String.valueOf(showtime.getAuditoriumId());
        view.startsAt = showtime.getStartsAt().atOffset(ZoneOffset.UTC);
        view.endsAt = showtime.getEndsAt().atOffset(ZoneOffset.UTC);
        view.basePriceCents = showtime.getBasePriceCents();
        view.currency = showtime.getCurrency();
        view.status = showtime.getStatus().name();
        view.features = List.copyOf(showtime.getFeatures());
        view.availableSeats = showtime.getCapacity();
        return view;
    }
}
