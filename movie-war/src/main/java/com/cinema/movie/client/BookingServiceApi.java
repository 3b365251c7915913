package com.cinema.movie.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The part of the booking service's GraphQL API the movie service uses; calls carry the admin's own token. */
@GraphQLClientApi
public interface BookingServiceApi {

    @Query("scheduleUsage")
    @NonNull
    ScheduleUsage scheduleUsage(@Header(name = "Authorization") String authorization,
                                @Name("movieId") @Id String movieId);
}
