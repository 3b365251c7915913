package com.cinema.gateway.client;

import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.Movie;
import com.cinema.gateway.api.MovieFilter;
import com.cinema.gateway.api.MoviePage;
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
 * Fault-tolerant calls to the movie service. Catalogue reads are idempotent, so one quick retry is safe.
 * Every limit here can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.gateway.client.MovieServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("movie")
@Timeout(2000)
@Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class MovieServiceClient {

    @Inject
    @ConfigProperty(name = "cinema.services.movie.url")
    String movieServiceUrl;

    private MovieServiceApi api;

    @PostConstruct
    void connect() {
        api = TypesafeGraphQLClientBuilder.newBuilder()
                .endpoint(movieServiceUrl + "/graphql")
                .build(MovieServiceApi.class);
    }

    public MoviePage movies(MovieFilter filter, Integer page, Integer size) {
        return DownstreamErrors.call(() -> api.movies(filter, page, size));
    }

    public Movie movie(String id) {
        return DownstreamErrors.call(() -> api.movie(id));
    }

    public List<String> genres() {
        return DownstreamErrors.call(api::genres);
    }
}
