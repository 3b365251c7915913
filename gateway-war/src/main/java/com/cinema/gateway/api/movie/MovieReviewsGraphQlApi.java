package com.cinema.gateway.api.movie;

import com.cinema.gateway.api.showtime.CatalogueReferences;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.CatalogueCache;
import com.cinema.gateway.client.MovieServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * Reviews through the gateway: {@code Movie.reviews} for everyone, {@code addReview} and {@code myReviews} for
 * signed-in users.
 */
@GraphQLApi
@ApplicationScoped
public class MovieReviewsGraphQlApi {

    @Inject
    MovieServiceClient movieService;

    @Inject
    CatalogueCache catalogue;

    @Inject
    ReferenceLoader references;

    @Inject
    CatalogueReferences catalogueReferences;

    @Description("The movie's reviews, newest first; page is zero-based, size defaults to 20 and is capped at 100")
    public ReviewPage reviews(@Source Movie movie, @Name("page") Integer page, @Name("size") Integer size) {
        return movieService.reviews(movie.id, page, size);
    }

    @Query("myReviews")
    @Description("Every review the signed-in customer wrote, newest first (by first writing), one per movie at most")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull Review> myReviews() {
        List<Review> own = movieService.myReviews();
        own.forEach(review -> references.register(ReferenceLoader.MOVIE, review.movieId));
        return own;
    }

    @Description("The movie reviewed; loaded once per request for all reviews in the answer (null once the movie is deleted)")
    public Movie movie(@Source Review review) {
        return catalogueReferences.movie(review.movieId);
    }

    @Mutation("addReview")
    @Description("Rates a movie from 1 to 5 with an optional comment; a second review by the same user updates the first")
    @RolesAllowed({"USER", "ADMIN"})
    public Review addReview(@Name("movieId") @Id @NonNull String movieId, @Name("rating") @NonNull Integer rating,
                            @Name("comment") String comment) {
        try {
            return movieService.addReview(movieId, rating, comment);
        } finally {
            // The movie's average rating and review count change.
            catalogue.forgetMovies();
        }
    }
}
