package com.cinema.cinema.client;

import com.cinema.cinema.domain.BookingSchedule;
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
 * Fault-tolerant reads of the booking service's schedule ({@code scheduleUsage}), forwarding the caller's own
 * token: the booking service checks the ADMIN role again. Reads are idempotent, so one quick retry is safe.
 * Any failure that is not the caller's own error reaches the caller as UPSTREAM_UNAVAILABLE naming "booking".
 * Limits can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.cinema.client.BookingServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("booking")
@Timeout(3000)
@Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class BookingServiceClient implements BookingSchedule {

    @Inject
    @ConfigProperty(name = "cinema.services.booking.url")
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

    @Override
    public int futureShowtimesOfCinema(long cinemaId) {
        return DownstreamErrors.call(() -> api.scheduleUsage(caller.authorization(), String.valueOf(cinemaId), null))
                .futureShowtimes;
    }

    @Override
    public int futureShowtimesWithOccupiedSeats(long auditoriumId) {
        return DownstreamErrors.call(() -> api.scheduleUsage(caller.authorization(), null, String.valueOf(auditoriumId)))
                .futureShowtimesWithOccupiedSeats;
    }
}
