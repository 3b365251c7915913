package com.cinema.movie.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.ServiceCredentials;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.movie.notice.AuthorAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.util.Optional;

/**
 * A review author's address from the user service ({@code contactPreferences}, SERVICE or ADMIN only), asked by the
 * background removal-notice sender with this service's own SERVICE token. A read, so retried once; an open breaker
 * or a timeout only delays the notice (its outbox row is tried again), never a request.
 */
@ApplicationScoped
@UpstreamService("user")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class UserContactClient implements AuthorAddresses {

    /** {@code contactPreferences(userId) { email }}: null for an unknown customer or a closed account. */
    public static class AddressRef {
        public String email;
    }

    static final GraphQlOperation<AddressRef> CONTACT_PREFERENCES = GraphQlOperation.query("contactPreferences",
            AddressRef.class, "userId: ID!");

    @Inject
    @ConfigProperty(name = "cinema.services.user.url")
    String userServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    ServiceCredentials credentials;

    private GraphQlClient userService;

    @PostConstruct
    void connect() {
        userService = GraphQlClient.connect("user", userServiceUrl, requestTimeout);
    }

    @Override
    public Optional<String> email(long userId) {
        return Optional.ofNullable(userService.execute(CONTACT_PREFERENCES, credentials.authorization(),
                String.valueOf(userId))).map(address -> address.email).filter(email -> !email.isBlank());
    }
}
