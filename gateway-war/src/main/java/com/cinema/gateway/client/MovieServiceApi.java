package com.cinema.gateway.client;

import com.cinema.gateway.api.Movie;
import com.cinema.gateway.api.MovieFilter;
import com.cinema.gateway.api.MoviePage;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The movie service's GraphQL API as the gateway calls it (SmallRye typesafe client). */
@GraphQLClientApi
public interface MovieServiceApi {

    @Query("movies")
    MoviePage movies(@Name("filter") MovieFilter filter, @Name("page") Integer page, @Name("size") Integer size);

    @Query("movie")
    Movie movie(@Name("id") @Id @NonNull String id);

    @Query("genres")
    List<String> genres();
}
