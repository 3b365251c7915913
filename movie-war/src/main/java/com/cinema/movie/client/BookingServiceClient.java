package com.cinema.movie.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
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

/**
 * Fault-tolerant calls to the booking service, with the admin's own token (the booking service checks the role
 * again). No fallback on purpose: without an answer a movie is never deleted (the caller gets
 * UPSTREAM_UNAVAILABLE). The query is a read, so one quick retry is safe.
 */
@ApplicationScoped
@UpstreamService("booking")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class BookingServiceClient {

    static final GraphQlOperation<ScheduleUsage> SCHEDULE_USAGE = GraphQlOperation.query("scheduleUsage",
            ScheduleUsage.class, "movieId: ID");

    @Inject
    @ConfigProperty(name = "cinema.services.booking.url", defaultValue = "http://localhost:3007")
    String bookingServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient bookingService;

    @PostConstruct
    void connect() {
        bookingService = GraphQlClient.connect("booking", bookingServiceUrl, requestTimeout);
    }

    public ScheduleUsage scheduleUsage(String movieId) {
        return bookingService.execute(SCHEDULE_USAGE, caller.authorization(), movieId);
    }
}
