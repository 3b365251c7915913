package com.cinema.gateway.client;

import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.movie.MovieFilter;
import com.cinema.gateway.api.movie.MoviePage;
import com.cinema.gateway.api.movie.MovieInput;
import com.cinema.gateway.api.movie.MovieSort;
import com.cinema.gateway.api.movie.Review;
import com.cinema.gateway.api.movie.ReviewPage;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The movie service's GraphQL API as the gateway calls it (SmallRye typesafe client). */
@GraphQLClientApi
public interface MovieServiceApi {

    @Query("movies")
    MoviePage movies(@Name("filter") MovieFilter filter, @Name("page") Integer page, @Name("size") Integer size,
                     @Name("sort") MovieSort sort);

    @Query("movie")
    Movie movie(@Name("id") @Id @NonNull String id);

    /** ids as [String!]!, not [ID!]!: @Id on a list argument breaks query validation on Liberty 26.0.0.3. */
    @Query("moviesByIds")
    List<Movie> moviesByIds(@Name("ids") @NonNull List<@NonNull String> ids);

    @Query("genres")
    List<String> genres();

    @Query("movieReviews")
    ReviewPage movieReviews(@Name("movieId") @Id @NonNull String movieId,
                            @Name("page") Integer page, @Name("size") Integer size);

    @Mutation("addReview")
    Review addReview(@Header(name = "Authorization") String authorization,
                     @Name("movieId") @Id @NonNull String movieId, @Name("rating") @NonNull Integer rating,
                     @Name("comment") String comment);

    @Mutation("createMovie")
    Movie createMovie(@Header(name = "Authorization") String authorization, @Name("input") MovieInput input);

    @Mutation("updateMovie")
    Movie updateMovie(@Header(name = "Authorization") String authorization,
                      @Name("id") @Id @NonNull String id, @Name("input") MovieInput input);

    @Mutation("deleteMovie")
    Boolean deleteMovie(@Header(name = "Authorization") String authorization, @Name("id") @Id @NonNull String id);
}
