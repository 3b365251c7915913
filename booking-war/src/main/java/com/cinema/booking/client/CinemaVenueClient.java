package com.cinema.booking.client;

import com.cinema.booking.notification.Venues;
import com.cinema.common.client.CallBudget;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.util.Optional;

/**
 * The names of a cinema and an auditorium, and where the cinema is, for customers' e-mails and calendar events
 * (public reads of the cinema service). The background sender asks, and retries a failure with its notice; a
 * customer's calendar download asks too, and its failure is the download's {@code UPSTREAM_UNAVAILABLE}.
 */
@ApplicationScoped
@UpstreamService("cinema")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CinemaVenueClient implements Venues {

    /** {@code auditorium(id) { name }}. */
    public static class NameRef {
        public String name;
    }

    /** {@code cinema(id) { name address city latitude longitude }}. */
    public static class CinemaPlaceRef {
        public String name;
        public String address;
        public String city;
        public double latitude;
        public double longitude;
    }

    static final GraphQlOperation<CinemaPlaceRef> CINEMA_PLACE = GraphQlOperation.query("cinema", CinemaPlaceRef.class,
            "id: ID!");
    static final GraphQlOperation<NameRef> AUDITORIUM_NAME = GraphQlOperation.query("auditorium", NameRef.class,
            "id: ID!");

    @Inject
    @ConfigProperty(name = "cinema.services.cinema.url", defaultValue = "http://localhost:3008")
    String cinemaServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    private GraphQlClient cinemaService;

    @PostConstruct
    void connect() {
        cinemaService = GraphQlClient.connect("cinema", cinemaServiceUrl, requestTimeout);
    }

    @Override
    public Optional<Venue> venue(long cinemaId, long auditoriumId) {
        CinemaPlaceRef cinema = cinemaService.execute(CINEMA_PLACE, null, String.valueOf(cinemaId));
        NameRef auditorium = cinemaService.execute(AUDITORIUM_NAME, null, String.valueOf(auditoriumId));
        if (cinema == null || auditorium == null) {
            return Optional.empty();
        }
        return Optional.of(new Venue(cinema.name, auditorium.name,
                Place.of(cinema.address, cinema.city, cinema.latitude, cinema.longitude)));
    }
}
