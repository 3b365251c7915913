package com.cinema.gateway.client;

import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.cinema.Auditorium;
import com.cinema.gateway.api.cinema.AuditoriumInput;
import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.cinema.CinemaAuditoriums;
import com.cinema.gateway.api.cinema.CinemaInput;
import com.cinema.gateway.api.cinema.GeoPointInput;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.util.List;

/**
 * Fault-tolerant calls to the cinema service. Reads are idempotent and retried once; staff changes are not
 * retried and carry the caller's own token. Limits can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.gateway.client.CinemaServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("cinema")
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CinemaServiceClient {

    @Inject
    @ConfigProperty(name = "cinema.services.cinema.url")
    String cinemaServiceUrl;

    @Inject
    CallerCredentials caller;

    private CinemaServiceApi api;

    @PostConstruct
    void connect() {
        api = TypesafeGraphQLClientBuilder.newBuilder()
                .endpoint(cinemaServiceUrl + "/graphql")
                .build(CinemaServiceApi.class);
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Cinema> cinemas(String city, GeoPointInput near, Double radiusKm) {
        return DownstreamErrors.call(() -> api.cinemas(city, near, radiusKm));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public Cinema cinema(String id) {
        return DownstreamErrors.call(() -> api.cinema(id));
    }

    /** The cinemas of these ids in the order asked; unknown ids are missing. One call for any number of ids. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Cinema> cinemasByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : DownstreamErrors.call(() -> api.cinemasByIds(ids));
    }

    /** One auditorium with its seats, or null when the cinema service knows no such id. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public Auditorium auditorium(String id) {
        return DownstreamErrors.call(() -> api.auditorium(id));
    }

    /** The auditoriums (with seats) of each of these cinemas in one call; unknown cinemas are missing. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<CinemaAuditoriums> auditoriumsOfCinemas(List<String> cinemaIds) {
        return cinemaIds.isEmpty() ? List.of() : DownstreamErrors.call(() -> api.auditoriumsOfCinemas(cinemaIds));
    }

    /** The auditoriums of these ids with their seats, in the order asked; unknown ids are missing. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Auditorium> auditoriumsByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : DownstreamErrors.call(() -> api.auditoriumsByIds(ids));
    }

    public Cinema createCinema(CinemaInput input) {
        return DownstreamErrors.call(() -> api.createCinema(caller.authorization(), input));
    }

    public Cinema updateCinema(String id, CinemaInput input) {
        return DownstreamErrors.call(() -> api.updateCinema(caller.authorization(), id, input));
    }

    public boolean deleteCinema(String id) {
        return DownstreamErrors.call(() -> api.deleteCinema(caller.authorization(), id));
    }

    public Auditorium createAuditorium(AuditoriumInput input) {
        return DownstreamErrors.call(() -> api.createAuditorium(caller.authorization(), input));
    }

    public Auditorium updateAuditorium(String id, AuditoriumInput input) {
        return DownstreamErrors.call(() -> api.updateAuditorium(caller.authorization(), id, input));
    }
}
