package com.cinema.gateway.client;

import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.booking.BookingFilter;
import com.cinema.gateway.api.booking.BookingPage;
import com.cinema.gateway.api.showtime.SeatMap;
import com.cinema.gateway.api.showtime.Showtime;
import com.cinema.gateway.api.showtime.ShowtimeInput;
import com.cinema.gateway.seatevents.SeatEventBatch;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Fault-tolerant calls to the booking service. Only reads are retried: a repeated hold could take seats twice
 * over or answer SEAT_UNAVAILABLE for seats the first attempt took, and a repeated schedule change could
 * report a conflict with itself. Limits can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.gateway.client.BookingServiceClient/Timeout/value=3000}.
 */
@ApplicationScoped
@UpstreamService("booking")
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class BookingServiceClient {

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

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Showtime> showtimes(String movieId, String cinemaId, LocalDate date, OffsetDateTime from,
                                    OffsetDateTime to) {
        return DownstreamErrors.call(() -> api.showtimes(movieId, cinemaId, date, from, to));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public Showtime showtime(String id) {
        return DownstreamErrors.call(() -> api.showtime(id));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Showtime> showtimesByIds(List<String> ids) {
        return DownstreamErrors.call(() -> api.showtimesByIds(ids));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public SeatMap seatMap(String showtimeId) {
        return DownstreamErrors.call(() -> api.seatMap(showtimeId));
    }

    /** Not retried: the seat-event poller asks again on its next tick anyway. Runs without a request context. */
    @Timeout(2000)
    public SeatEventBatch seatEvents(String showtimeId, Integer after) {
        return DownstreamErrors.call(() -> api.seatEvents(showtimeId, after));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Booking> myBookings(Boolean upcoming) {
        return DownstreamErrors.call(() -> api.myBookings(caller.authorization(), upcoming));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public Booking booking(String id) {
        return DownstreamErrors.call(() -> api.booking(caller.authorization(), id));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public BookingPage bookings(BookingFilter filter, Integer page, Integer size) {
        return DownstreamErrors.call(() -> api.bookings(caller.authorization(), filter, page, size));
    }

    @Timeout(5000)
    public Showtime createShowtime(ShowtimeInput input) {
        return DownstreamErrors.call(() -> api.createShowtime(caller.authorization(), input));
    }

    @Timeout(5000)
    public Showtime updateShowtime(String id, ShowtimeInput input) {
        return DownstreamErrors.call(() -> api.updateShowtime(caller.authorization(), id, input));
    }

    @Timeout(5000)
    public Showtime cancelShowtime(String id) {
        return DownstreamErrors.call(() -> api.cancelShowtime(caller.authorization(), id));
    }

    @Timeout(5000)
    public Booking holdSeats(String showtimeId, List<String> seatIds) {
        return DownstreamErrors.call(() -> api.holdSeats(caller.authorization(), showtimeId, seatIds));
    }

    @Timeout(5000)
    public Booking releaseHold(String bookingId) {
        return DownstreamErrors.call(() -> api.releaseHold(caller.authorization(), bookingId));
    }
}
