package com.cinema.movie.api;

import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.Ids;
import com.cinema.common.paging.PageRequest;
import com.cinema.movie.domain.Genre;
import com.cinema.movie.domain.Movie;
import com.cinema.movie.domain.MovieCatalogue;
import com.cinema.movie.domain.MovieSearch;
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
    MovieCatalogue catalogue;

    @Inject
    Validator validator;

    @Query("movies")
    @Description("Movies matching the filter, ordered by title; page is zero-based, size defaults to 20 and is capped at 100")
    public @NonNull MoviePage movies(@Name("filter") MovieFilter filter,
                                     @Name("page") Integer page,
                                     @Name("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        MovieSearch search = toSearch(filter);
        MovieCatalogue.Results results = catalogue.search(search, request);
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
