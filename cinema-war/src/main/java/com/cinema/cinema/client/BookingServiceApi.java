package com.cinema.cinema.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The part of the booking service's GraphQL API the cinema service uses; calls carry the staff member's token. */
@GraphQLClientApi
public interface BookingServiceApi {

    @Query("scheduleUsage")
    @NonNull
    ScheduleUsage scheduleUsage(@Header(name = "Authorization") String authorization,
                                @Name("cinemaId") @Id String cinemaId,
                                @Name("auditoriumId") @Id String auditoriumId);
}
