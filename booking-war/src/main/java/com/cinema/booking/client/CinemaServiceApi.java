package com.cinema.booking.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The cinema service's GraphQL API as the booking service calls it (SmallRye typesafe client). */
@GraphQLClientApi
public interface CinemaServiceApi {

    @Query("auditorium")
    AuditoriumRef auditorium(@Name("id") @Id @NonNull String id);

    @Query("cinema")
    CinemaRef cinema(@Name("id") @Id @NonNull String id);

    @Query("cinemas")
    List<CinemaRef> cinemas();
}
