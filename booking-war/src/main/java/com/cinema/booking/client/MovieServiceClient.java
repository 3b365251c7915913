package com.cinema.booking.client;

import com.cinema.booking.domain.MovieCatalogue;
import com.cinema.booking.domain.MovieSummary;
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
 * Fault-tolerant reads of the movie service (public queries, so no token is passed on). Both are idempotent,
 * so one quick retry is safe; failures reach callers as UPSTREAM_UNAVAILABLE naming "movie".
 */
@ApplicationScoped
@UpstreamService("movie")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class MovieServiceClient implements MovieCatalogue {

    static final GraphQlOperation<MovieRef> MOVIE = GraphQlOperation.query("movie", MovieRef.class, "id: ID!");
    static final GraphQlOperation<MovieRefPage> MOVIES = GraphQlOperation.query("movies", MovieRefPage.class,
            "filter: MovieFilter", "page: Int", "size: Int");

    @Inject
    @ConfigProperty(name = "cinema.services.movie.url", defaultValue = "http://localhost:3010")
    String movieServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    private GraphQlClient movieService;

    @PostConstruct
    void connect() {
        movieService = GraphQlClient.connect("movie", movieServiceUrl, requestTimeout);
    }

    /** The movie, or empty when the movie service does not know it. */
    @Override
    public Optional<MovieSummary> movie(long id) {
        return Optional.ofNullable(movieService.execute(MOVIE, null, String.valueOf(id)))
                .map(MovieServiceClient::summaryOf);
    }

    static MovieSummary summaryOf(MovieRef ref) {
        int minutes = ref.durationMinutes == null ? 0 : Math.max(0, ref.durationMinutes);
        return new MovieSummary(Long.parseLong(ref.id), ref.title, minutes, "ARCHIVED".equals(ref.status),
                ref.ageRating);
    }

    /** Up to 100 movies now showing. */
    public List<MovieRef> nowShowing() {
        MovieRefPage page = movieService.execute(MOVIES, null, MovieFilterRef.status("NOW_SHOWING"), 0, 100);
        return page == null || page.items == null ? List.of() : page.items;
    }
}
