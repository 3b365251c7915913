package com.cinema.cinema.client;

import com.cinema.cinema.domain.BookingSchedule;
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
 * Fault-tolerant reads of the booking service's schedule ({@code scheduleUsage}), forwarding the caller's own
 * token: the booking service checks the ADMIN role again. Reads are idempotent, so one quick retry is safe.
 * Any failure that is not the caller's own error reaches the caller as UPSTREAM_UNAVAILABLE naming "booking".
 * Limits can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.cinema.client.BookingServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("booking")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class BookingServiceClient implements BookingSchedule {

    static final GraphQlOperation<ScheduleUsage> SCHEDULE_USAGE = GraphQlOperation.query("scheduleUsage",
            ScheduleUsage.class, "cinemaId: ID", "auditoriumId: ID");

    @Inject
    @ConfigProperty(name = "cinema.services.booking.url")
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

    @Override
    public int futureShowtimesOfCinema(long cinemaId) {
        return bookingService.execute(SCHEDULE_USAGE, caller.authorization(), String.valueOf(cinemaId), null)
                .futureShowtimes;
    }

    @Override
    public int futureShowtimesWithOccupiedSeats(long auditoriumId) {
        return bookingService.execute(SCHEDULE_USAGE, caller.authorization(), null, String.valueOf(auditoriumId))
                .futureShowtimesWithOccupiedSeats;
    }
}
