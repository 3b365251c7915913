package com.cinema.gateway.api.showtime;

import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.cinema.Auditorium;
import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.CinemaServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The links between the schedule and the catalogue and estate: {@code Showtime.movie}, {@code .cinema},
 * {@code .auditorium} (each loaded once per request for all rows, see {@link ReferenceLoader}), and the showtimes
 * of a {@code Movie} and of a {@code Cinema}. When the movie or cinema service is down, only these fields are
 * null (with an UPSTREAM_UNAVAILABLE error); the showtimes themselves still answer.
 */
@GraphQLApi
@ApplicationScoped
public class ShowtimeReferencesGraphQlApi {

    @Inject
    ReferenceLoader references;

    @Inject
    CatalogueReferences catalogue;

    @Inject
    CinemaServiceClient cinemas;

    @Inject
    BookingServiceClient bookings;

    @Name("movie")
    @Description("The movie shown; null with an UPSTREAM_UNAVAILABLE error while the movie service is down")
    public Movie movie(@Source Showtime showtime) {
        return catalogue.movie(showtime.movieId);
    }

    @Name("cinema")
    @Description("The cinema; null with an UPSTREAM_UNAVAILABLE error while the cinema service is down")
    public Cinema cinema(@Source Showtime showtime) {
        return catalogue.cinema(showtime.cinemaId);
    }

    @Name("auditorium")
    @Description("The auditorium with its seat layout; null with an UPSTREAM_UNAVAILABLE error while the cinema "
            + "service is down")
    public Auditorium auditorium(@Source Showtime showtime) {
        return references.get(ReferenceLoader.AUDITORIUM, showtime.auditoriumId, cinemas::auditoriumsByIds, a -> a.id);
    }

    /** One booking call for the showtimes of every movie of the request's list (see {@link ReferenceLoader}). */
    @Name("showtimes")
    @Description("Scheduled showtimes of this movie in order of start, from now unless from is given, optionally "
            + "before to and at one cinema")
    public @NonNull List<@NonNull Showtime> movieShowtimes(@Source Movie movie,
                                                           @Name("from") OffsetDateTime from,
                                                           @Name("to") OffsetDateTime to,
                                                           @Name("cinemaId") @Id String cinemaId) {
        OffsetDateTime start = from != null ? from : references.requestStart();
        List<String> atCinema = cinemaId == null ? null : List.of(cinemaId);
        return rows(references.get(ReferenceLoader.MOVIE_SHOWTIMES, Arrays.asList(start, to, cinemaId), movie.id,
                ids -> loaded(ids, bookings.showtimesOf(ids, atCinema, null, start, to), s -> s.movieId),
                ShowtimesOf::id));
    }

    /** One booking call for the showtimes at every cinema of the request's list (see {@link ReferenceLoader}). */
    @Name("showtimes")
    @Description("Scheduled showtimes at this cinema in order of start: on one calendar day in the cinema's time "
            + "zone, or from now unless from is given, optionally before to")
    public @NonNull List<@NonNull Showtime> cinemaShowtimes(@Source Cinema cinema,
                                                            @Name("date") LocalDate date,
                                                            @Name("from") OffsetDateTime from,
                                                            @Name("to") OffsetDateTime to) {
        OffsetDateTime start = date != null || from != null ? from : references.requestStart();
        return rows(references.get(ReferenceLoader.CINEMA_SHOWTIMES, Arrays.asList(date, start, to), cinema.id,
                ids -> loaded(ids, bookings.showtimesOf(null, ids, date, start, to), s -> s.cinemaId),
                ShowtimesOf::id));
    }

    /** Groups one answer by its rows, and notes the showtimes' own references for their batches. */
    private List<ShowtimesOf> loaded(List<String> ids, List<Showtime> answer, Function<Showtime, String> owner) {
        references.registerShowtimes(answer);
        return ShowtimesOf.group(ids, answer, owner);
    }

    private static List<Showtime> rows(ShowtimesOf loaded) {
        return loaded == null ? List.of() : loaded.showtimes();
    }
}
