package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.cinema.Auditorium;
import com.cinema.gateway.api.cinema.AuditoriumInput;
import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.cinema.CinemaAuditoriums;
import com.cinema.gateway.api.cinema.CinemaInput;
import com.cinema.gateway.api.cinema.GeoPointInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.util.List;

/**
 * Fault-tolerant calls to the cinema service's GraphQL API. Reads are idempotent and retried once (class-level
 * {@code @Retry}); staff changes are never retried and carry the caller's own token. Limits can be changed
 * through MicroProfile Config, e.g. {@code com.cinema.gateway.client.CinemaServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("cinema")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CinemaServiceClient {

    static final GraphQlOperation<List<Cinema>> CINEMAS = GraphQlOperation.queryForList("cinemas", Cinema.class,
            "city: String", "near: GeoPointInput", "radiusKm: Float");
    static final GraphQlOperation<Cinema> CINEMA = GraphQlOperation.query("cinema", Cinema.class, "id: ID!");
    // [String!]!, not [ID!]!: Liberty's SmallRye GraphQL 1.0 cannot take @Id lists (docs/decisions).
    static final GraphQlOperation<List<Cinema>> CINEMAS_BY_IDS = GraphQlOperation.queryForList("cinemasByIds",
            Cinema.class, "ids: [String!]!");
    static final GraphQlOperation<Auditorium> AUDITORIUM = GraphQlOperation.query("auditorium", Auditorium.class,
            "id: ID!");
    /** Several cinemas by id, selecting only their auditoriums with seats (one call for a whole list). */
    static final GraphQlOperation<List<CinemaAuditoriums>> AUDITORIUMS_OF_CINEMAS = GraphQlOperation.queryForList(
            "cinemasByIds", CinemaAuditoriums.class, "ids: [String!]!");
    static final GraphQlOperation<List<Auditorium>> AUDITORIUMS_BY_IDS = GraphQlOperation.queryForList(
            "auditoriumsByIds", Auditorium.class, "ids: [String!]!");
    static final GraphQlOperation<Cinema> CREATE_CINEMA = GraphQlOperation.mutation("createCinema", Cinema.class,
            "input: CinemaInput!");
    static final GraphQlOperation<Cinema> UPDATE_CINEMA = GraphQlOperation.mutation("updateCinema", Cinema.class,
            "id: ID!", "input: CinemaInput!");
    static final GraphQlOperation<Boolean> DELETE_CINEMA = GraphQlOperation.mutation("deleteCinema", Boolean.class,
            "id: ID!");
    static final GraphQlOperation<Auditorium> CREATE_AUDITORIUM = GraphQlOperation.mutation("createAuditorium",
            Auditorium.class, "input: AuditoriumInput!");
    static final GraphQlOperation<Auditorium> UPDATE_AUDITORIUM = GraphQlOperation.mutation("updateAuditorium",
            Auditorium.class, "id: ID!", "input: AuditoriumInput!");

    @Inject
    @ConfigProperty(name = "cinema.services.cinema.url")
    String cinemaServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient cinemaService;

    @PostConstruct
    void connect() {
        cinemaService = GraphQlClient.connect("cinema", cinemaServiceUrl, requestTimeout);
    }

    public List<Cinema> cinemas(String city, GeoPointInput near, Double radiusKm) {
        return cinemaService.execute(CINEMAS, null, city, near, radiusKm);
    }

    public Cinema cinema(String id) {
        return cinemaService.execute(CINEMA, null, id);
    }

    /** The cinemas of these ids in the order asked; unknown ids are missing. One call for any number of ids. */
    public List<Cinema> cinemasByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : cinemaService.execute(CINEMAS_BY_IDS, null, ids);
    }

    /** One auditorium with its seats, or null when the cinema service knows no such id. */
    public Auditorium auditorium(String id) {
        return cinemaService.execute(AUDITORIUM, null, id);
    }

    /** The auditoriums (with seats) of each of these cinemas in one call; unknown cinemas are missing. */
    public List<CinemaAuditoriums> auditoriumsOfCinemas(List<String> cinemaIds) {
        return cinemaIds.isEmpty() ? List.of() : cinemaService.execute(AUDITORIUMS_OF_CINEMAS, null, cinemaIds);
    }

    /** The auditoriums of these ids with their seats, in the order asked; unknown ids are missing. */
    public List<Auditorium> auditoriumsByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : cinemaService.execute(AUDITORIUMS_BY_IDS, null, ids);
    }

    @Retry(maxRetries = 0)
    public Cinema createCinema(CinemaInput input) {
        return cinemaService.execute(CREATE_CINEMA, caller.authorization(), input);
    }

    @Retry(maxRetries = 0)
    public Cinema updateCinema(String id, CinemaInput input) {
        return cinemaService.execute(UPDATE_CINEMA, caller.authorization(), id, input);
    }

    @Retry(maxRetries = 0)
    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    public boolean deleteCinema(String id) {
        return Boolean.TRUE.equals(cinemaService.execute(DELETE_CINEMA, caller.authorization(), id));
    }

    @Retry(maxRetries = 0)
    public Auditorium createAuditorium(AuditoriumInput input) {
        return cinemaService.execute(CREATE_AUDITORIUM, caller.authorization(), input);
    }

    @Retry(maxRetries = 0)
    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    public Auditorium updateAuditorium(String id, AuditoriumInput input) {
        return cinemaService.execute(UPDATE_AUDITORIUM, caller.authorization(), id, input);
    }
}
