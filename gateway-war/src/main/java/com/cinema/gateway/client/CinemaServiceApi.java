package com.cinema.gateway.client;

import com.cinema.gateway.api.cinema.Auditorium;
import com.cinema.gateway.api.cinema.AuditoriumInput;
import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.cinema.CinemaAuditoriums;
import com.cinema.gateway.api.cinema.CinemaInput;
import com.cinema.gateway.api.cinema.GeoPointInput;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The cinema service's GraphQL API as the gateway calls it; staff changes carry the caller's own token. */
@GraphQLClientApi
public interface CinemaServiceApi {

    @Query("cinemas")
    List<Cinema> cinemas(@Name("city") String city, @Name("near") GeoPointInput near,
                         @Name("radiusKm") Double radiusKm);

    @Query("cinema")
    Cinema cinema(@Name("id") @Id @NonNull String id);

    // [String!]!, not [ID!]!: see the cinema service's CinemaGraphQlApi (SmallRye 1.0 cannot take @Id lists).
    @Query("cinemasByIds")
    List<Cinema> cinemasByIds(@Name("ids") @NonNull List<@NonNull String> ids);

    @Query("auditorium")
    Auditorium auditorium(@Name("id") @Id @NonNull String id);

    /** Several cinemas by id, selecting only their auditoriums with seats (one call for a whole list). */
    @Query("cinemasByIds")
    List<CinemaAuditoriums> auditoriumsOfCinemas(@Name("ids") @NonNull List<@NonNull String> ids);

    @Query("auditoriumsByIds")
    List<Auditorium> auditoriumsByIds(@Name("ids") @NonNull List<@NonNull String> ids);

    @Mutation("createCinema")
    Cinema createCinema(@Header(name = "Authorization") String authorization,
                        @Name("input") @NonNull CinemaInput input);

    @Mutation("updateCinema")
    Cinema updateCinema(@Header(name = "Authorization") String authorization,
                        @Name("id") @Id @NonNull String id, @Name("input") @NonNull CinemaInput input);

    @Mutation("deleteCinema")
    boolean deleteCinema(@Header(name = "Authorization") String authorization, @Name("id") @Id @NonNull String id);

    @Mutation("createAuditorium")
    Auditorium createAuditorium(@Header(name = "Authorization") String authorization,
                                @Name("input") @NonNull AuditoriumInput input);

    @Mutation("updateAuditorium")
    Auditorium updateAuditorium(@Header(name = "Authorization") String authorization,
                                @Name("id") @Id @NonNull String id, @Name("input") @NonNull AuditoriumInput input);
}
