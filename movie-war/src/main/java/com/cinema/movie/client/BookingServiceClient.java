package com.cinema.movie.client;

import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Fault-tolerant calls to the booking service. No fallback on purpose: without an answer a movie is never
 * deleted (the caller gets UPSTREAM_UNAVAILABLE). The query is a read, so one quick retry is safe.
 */
@ApplicationScoped
@UpstreamService("booking")
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class BookingServiceClient {

    @Inject
    @ConfigProperty(name = "cinema.services.booking.url", defaultValue = "http://localhost:3007")
    String bookingServiceUrl;

    @Inject
    CallerCredentials caller;

    private BookingServiceApi api;

    @PostConstruct
    void connect() {
        api = TypesafeGraphQLClientBuilder.newBuilder()
                .endpoint(bookingServiceUrl + "/graphql")
                .build(BookingServiceApi.class);
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public ScheduleUsage scheduleUsage(String movieId) {
        return DownstreamErrors.call(() -> api.scheduleUsage(caller.authorization(), movieId));
    }
}
