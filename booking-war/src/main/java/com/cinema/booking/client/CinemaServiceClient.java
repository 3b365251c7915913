package com.cinema.booking.client;

import com.cinema.booking.domain.AuditoriumLayout;
import com.cinema.booking.domain.CinemaEstate;
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
import java.util.List;
import java.util.Optional;

/**
 * Fault-tolerant reads of the cinema service (public queries). Idempotent, so one quick retry is safe;
 * failures reach callers as UPSTREAM_UNAVAILABLE naming "cinema". Layouts are cached by {@code AuditoriumCache}.
 */
@ApplicationScoped
@UpstreamService("cinema")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CinemaServiceClient implements CinemaEstate {

    static final GraphQlOperation<AuditoriumRef> AUDITORIUM = GraphQlOperation.query("auditorium", AuditoriumRef.class,
            "id: ID!");
    static final GraphQlOperation<CinemaRef> CINEMA = GraphQlOperation.query("cinema", CinemaRef.class, "id: ID!");
    static final GraphQlOperation<List<CinemaRef>> CINEMAS = GraphQlOperation.queryForList("cinemas", CinemaRef.class);

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

    /** The auditorium's layout, or empty when the cinema service does not know it. */
    @Override
    public Optional<AuditoriumLayout> auditorium(long id) {
        return Optional.ofNullable(cinemaService.execute(AUDITORIUM, null, String.valueOf(id)))
                .map(CinemaServiceClient::layoutOf);
    }

    public Optional<CinemaRef> cinema(long id) {
        return Optional.ofNullable(cinemaService.execute(CINEMA, null, String.valueOf(id)));
    }

    @Override
    public Optional<String> timeZone(long cinemaId) {
        return cinema(cinemaId).map(c -> c.timeZone);
    }

    public List<CinemaRef> cinemas() {
        List<CinemaRef> all = cinemaService.execute(CINEMAS, null);
        return all == null ? List.of() : all;
    }

    static AuditoriumLayout layoutOf(AuditoriumRef ref) {
        List<AuditoriumLayout.SeatInfo> seats = ref.seats == null ? List.of() : ref.seats.stream()
                .map(s -> new AuditoriumLayout.SeatInfo(Long.parseLong(s.id), s.label, s.row, s.number, s.x, s.y,
                        s.type, s.blocked))
                .toList();
        return new AuditoriumLayout(Long.parseLong(ref.id), Long.parseLong(ref.cinemaId), ref.format, ref.rows,
                ref.columns, seats, ref.seatRulesEnabled);
    }
}
