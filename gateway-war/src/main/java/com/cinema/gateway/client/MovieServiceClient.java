package com.cinema.gateway.client;

import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.movie.MovieFilter;
import com.cinema.gateway.api.movie.MoviePage;
import com.cinema.gateway.api.movie.MovieInput;
import com.cinema.gateway.api.movie.MovieSort;
import com.cinema.gateway.api.movie.Review;
import com.cinema.gateway.api.movie.ReviewPage;
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
 * Fault-tolerant calls to the movie service. Catalogue reads are idempotent, so they get one quick retry;
 * writes (reviews, staff changes) are never repeated. Writes carry the caller's own token.
 * Every limit here can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.gateway.client.MovieServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("movie")
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class MovieServiceClient {

    @Inject
    @ConfigProperty(name = "cinema.services.movie.url")
    String movieServiceUrl;

    @Inject
    CallerCredentials caller;

    private MovieServiceApi api;

    @PostConstruct
    void connect() {
        api = TypesafeGraphQLClientBuilder.newBuilder()
                .endpoint(movieServiceUrl + "/graphql")
                .build(MovieServiceApi.class);
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public MoviePage movies(MovieFilter filter, Integer page, Integer size, MovieSort sort) {
        return DownstreamErrors.call(() -> api.movies(filter, page, size, sort));
    }

    /** The first page ordered by title, as before sorting existed. */
    public MoviePage movies(MovieFilter filter, Integer page, Integer size) {
        return movies(filter, page, size, null);
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public Movie movie(String id) {
        return DownstreamErrors.call(() -> api.movie(id));
    }

    /** The movies with these ids, for batching nested fields (e.g. Showtime.movie); unknown ids are left out. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<Movie> moviesByIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return DownstreamErrors.call(() -> api.moviesByIds(ids));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public List<String> genres() {
        return DownstreamErrors.call(api::genres);
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public ReviewPage reviews(String movieId, Integer page, Integer size) {
        return DownstreamErrors.call(() -> api.movieReviews(movieId, page, size));
    }

    public Review addReview(String movieId, Integer rating, String comment) {
        return DownstreamErrors.call(() -> api.addReview(caller.authorization(), movieId, rating, comment));
    }

    public Movie createMovie(MovieInput input) {
        return DownstreamErrors.call(() -> api.createMovie(caller.authorization(), input));
    }

    public Movie updateMovie(String id, MovieInput input) {
        return DownstreamErrors.call(() -> api.updateMovie(caller.authorization(), id, input));
    }

    public Boolean deleteMovie(String id) {
        return DownstreamErrors.call(() -> api.deleteMovie(caller.authorization(), id));
    }
}
