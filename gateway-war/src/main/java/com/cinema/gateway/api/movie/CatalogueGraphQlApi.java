package com.cinema.gateway.api.movie;

import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.CatalogueCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Public browsing of the movie catalogue, answered by the movie service (kept a few seconds by {@link CatalogueCache}). */
@GraphQLApi
@ApplicationScoped
public class CatalogueGraphQlApi {

    @Inject
    CatalogueCache catalogue;

    @Inject
    ReferenceLoader references;

    @Query("movies")
    @Description("Movies matching the filter, ordered by sort (TITLE by default); page is zero-based, size defaults"
            + " to 20 and is capped at 100")
    public @NonNull MoviePage movies(@Name("filter") MovieFilter filter,
                                     @Name("page") Integer page,
                                     @Name("size") Integer size,
                                     @Name("sort") MovieSort sort) {
        MoviePage found = catalogue.movies(filter, page, size, sort);
        if (found != null && found.items != null) {
            // Movie.showtimes, if asked, then loads for the whole page in one booking call.
            found.items.forEach(movie -> references.register(ReferenceLoader.MOVIE_SHOWTIMES, movie.id));
        }
        return found;
    }

    @Query("movie")
    @Description("One movie by id")
    public Movie movie(@Name("id") @Id @NonNull String id) {
        return catalogue.movie(id);
    }

    @Query("genres")
    @Description("Every genre a movie can have")
    public @NonNull List<@NonNull String> genres() {
        return catalogue.genres();
    }
}
