package com.cinema.movie.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.IdBatch;
import com.cinema.common.input.Ids;
import com.cinema.common.paging.PageRequest;
import com.cinema.movie.client.BookingServiceClient;
import com.cinema.movie.client.ScheduleUsage;
import com.cinema.movie.domain.Genre;
import com.cinema.movie.domain.Movie;
import com.cinema.movie.domain.MovieCatalogue;
import com.cinema.movie.domain.MovieSearch;
import com.cinema.movie.domain.MovieSort;
import com.cinema.movie.domain.MovieStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.Locale;

/** The movie service's GraphQL API: public browsing of the catalogue, and its management by staff. */
@GraphQLApi
@ApplicationScoped
public class MovieGraphQlApi {

    @Inject
    AuditLog audit;

    @Inject
    MovieCatalogue catalogue;

    @Inject
    Validator validator;

    @Inject
    BookingServiceClient booking;

    @Query("movies")
    @Description("Movies matching the filter, ordered by sort (TITLE by default); page is zero-based, size defaults"
            + " to 20 and is capped at 100")
    public @NonNull MoviePage movies(@Name("filter") MovieFilter filter,
                                     @Name("page") Integer page,
                                     @Name("size") Integer size,
                                     @Name("sort") MovieSort sort) {
        PageRequest request = PageRequest.of(page, size);
        MovieSearch search = toSearch(filter);
        MovieCatalogue.Results results = catalogue.search(search, sort, request);
        List<MovieView> items = results.movies().stream().map(MovieView::of).toList();
        return MoviePage.of(items, results.total(), request.page(), request.size());
    }

    @Query("movie")
    @Description("One movie by id")
    public MovieView movie(@Name("id") @Id @NonNull String id) {
        long movieId = Ids.parse("id", id);
        return catalogue.find(movieId).map(MovieView::of)
                .orElseThrow(() -> new NotFoundException("Movie", id));
    }

    @Query("moviesByIds")
    @Description("The movies with these ids (at most " + IdBatch.MAX_IDS + "), in the order asked; unknown ids are left out."
            + " The ids are typed [String!]!: @Id on a list argument breaks query validation on this Liberty")
    public @NonNull List<@NonNull MovieView> moviesByIds(@Name("ids") @NonNull List<@NonNull String> ids) {
        List<Long> parsed = IdBatch.parse("ids", ids);
        return catalogue.findAll(parsed).stream().map(MovieView::of).toList();
    }

    @Query("genres")
    @Description("Every genre a movie can have")
    public @NonNull List<@NonNull String> genres() {
        return Genre.displayNames();
    }

    @Mutation("createMovie")
    @Description("Adds a movie to the catalogue (staff only)")
    @RolesAllowed("ADMIN")
    public MovieView createMovie(@Name("input") MovieInput input) {
        MovieInput valid = EdgeValidation.valid(validator, "input", input);
        // Checked before the transaction starts: nothing is thrown out of a transactional method for bad input.
        Movie movie = EdgeValidation.within("input", () -> Movie.create(valid.toDetails()));
        return MovieView.of(catalogue.add(movie));
    }

    @Mutation("updateMovie")
    @Description("Replaces a movie's details (staff only); reviews and poster stay")
    @RolesAllowed("ADMIN")
    public MovieView updateMovie(@Name("id") @Id @NonNull String id, @Name("input") MovieInput input) {
        long movieId = Ids.parse("id", id);
        MovieInput valid = EdgeValidation.valid(validator, "input", input);
        Movie checked = EdgeValidation.within("input", () -> Movie.create(valid.toDetails()));
        return catalogue.update(movieId, checked).map(MovieView::of)
                .orElseThrow(() -> new NotFoundException("Movie", id));
    }

    @Mutation("deleteMovie")
    @Description("Deletes a movie with its reviews and poster (staff only). Refused with CONFLICT while future"
            + " showtimes use it: archive it instead (updateMovie with status ARCHIVED)")
    @RolesAllowed("ADMIN")
    public Boolean deleteMovie(@Name("id") @Id @NonNull String id) {
        return audit.record("movie.delete", "movie/" + id, () -> deleteUnlessScheduled(id));
    }

    private Boolean deleteUnlessScheduled(String id) {
        long movieId = Ids.parse("id", id);
        if (catalogue.find(movieId).isEmpty()) {
            throw new NotFoundException("Movie", id);
        }
        // Never delete blindly: no answer from the booking service is UPSTREAM_UNAVAILABLE, not a deletion.
        ScheduleUsage usage = booking.scheduleUsage(String.valueOf(movieId));
        if (usage.futureShowtimes > 0) {
            throw new ConflictException("Movie " + id + " still has " + usage.futureShowtimes
                    + " future showtime(s)" + (usage.futureShowtimesWithOccupiedSeats > 0
                    ? " (" + usage.futureShowtimesWithOccupiedSeats + " with seats held or sold)" : "")
                    + "; archive it instead (updateMovie with status ARCHIVED) or cancel its showtimes first");
        }
        if (!catalogue.remove(movieId)) {
            throw new NotFoundException("Movie", id);
        }
        return Boolean.TRUE;
    }

    private static MovieSearch toSearch(MovieFilter filter) {
        if (filter == null) {
            return MovieSearch.everything();
        }
        Genre genre = filter.genre == null ? null : Genre.parse(filter.genre)
                .orElseThrow(() -> new ValidationException("filter.genre", "unknown genre '" + filter.genre + "'"));
        return new MovieSearch(filter.search, genre, parseStatus(filter.status), filter.language);
    }

    private static MovieStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return MovieStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("filter.status", "must be NOW_SHOWING, COMING_SOON or ARCHIVED");
        }
    }

}
