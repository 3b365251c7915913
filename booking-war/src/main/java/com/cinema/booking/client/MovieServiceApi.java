package com.cinema.booking.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The movie service's GraphQL API as the booking service calls it (SmallRye typesafe client). */
@GraphQLClientApi
public interface MovieServiceApi {

    @Query("movie")
    MovieRef movie(@Name("id") @Id @NonNull String id);

    @Query("movies")
    MovieRefPage movies(@Name("filter") MovieFilterRef filter, @Name("page") Integer page, @Name("size") Integer size);
}
