package com.cinema.booking.client;

import com.cinema.booking.notification.Venues;
import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Optional;

/**
 * The names of a cinema and an auditorium for customers' e-mails (public reads of the cinema service). Only the
 * background sender asks, so a failure is simply retried with the notice.
 */
@ApplicationScoped
@UpstreamService("cinema")
@Timeout(3000)
@Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CinemaVenueClient implements Venues {

    /** {@code cinema(id) { name }} and {@code auditorium(id) { name }}. */
    public static class NameRef {
        public String name;
    }

    @GraphQLClientApi
    public interface VenueApi {
        @Query("cinema")
        NameRef cinema(@Name("id") @Id @NonNull String id);

        @Query("auditorium")
        NameRef auditorium(@Name("id") @Id @NonNull String id);
    }

    @Inject
    @ConfigProperty(name = "cinema.services.cinema.url", defaultValue = "http://localhost:3008")
    String cinemaServiceUrl;

    private VenueApi api;

    @PostConstruct
    void connect() {
        api = TypesafeGraphQLClientBuilder.newBuilder().endpoint(cinemaServiceUrl + "/graphql").build(VenueApi.class);
    }

    @Override
    public Optional<Venue> venue(long cinemaId, long auditoriumId) {
        NameRef cinema = DownstreamErrors.call(() -> api.cinema(String.valueOf(cinemaId)));
        NameRef auditorium = DownstreamErrors.call(() -> api.auditorium(String.valueOf(auditoriumId)));
        if (cinema == null || auditorium == null) {
            return Optional.empty();
        }
        return Optional.of(new Venue(cinema.name, auditorium.name));
    }
}
