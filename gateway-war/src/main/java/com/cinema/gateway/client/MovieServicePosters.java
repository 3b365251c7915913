package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Fault-tolerant poster calls to the movie service. The movie service's answers to the caller (200, 304, 4xx)
 * are relayed as they are; its own failures (5xx, no answer, open circuit) become UPSTREAM_UNAVAILABLE.
 * Reading a poster is retried once; an upload never is.
 */
@ApplicationScoped
@UpstreamService("movie")
@Timeout(5000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class MovieServicePosters {

    /** What the movie service answered, fully read. */
    public record Reply(int status, String contentType, String etag, byte[] body) {
    }

    /** Thrown for the movie service's own failures, so that fault tolerance counts them. */
    static final class ServerFailure extends RuntimeException {
        ServerFailure(int status) {
            super("the movie service answered " + status);
        }
    }

    @Inject
    @ConfigProperty(name = "cinema.services.movie.url")
    String movieServiceUrl;

    private MovieServicePosterApi api;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(movieServiceUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                // 4xx answers are the caller's business and are relayed, not thrown.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(MovieServicePosterApi.class);
    }

    @PreDestroy
    void close() {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    @Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
            abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public Reply poster(String movieId, String ifNoneMatch) {
        try (Response response = api.poster(movieId, ifNoneMatch)) {
            return read(response);
        } catch (WebApplicationException answered) {
            // Only if the default exception mapper is active after all: the answer is still the answer.
            return read(answered.getResponse());
        }
    }

    public Reply upload(String movieId, String authorization, byte[] image) {
        try (Response response = api.upload(movieId, authorization, image)) {
            return read(response);
        } catch (WebApplicationException answered) {
            return read(answered.getResponse());
        }
    }

    private static Reply read(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            throw new ServerFailure(status);
        }
        byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        return new Reply(status, response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                response.getHeaderString(HttpHeaders.ETAG), body);
    }
}
