package com.cinema.booking.client;

import com.cinema.booking.notification.ContactDirectory;
import com.cinema.common.client.CallBudget;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.ServiceCredentials;
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
import java.util.Optional;

/**
 * A customer's contact preferences from the user service ({@code contactPreferences}, SERVICE or ADMIN only), asked
 * by the background notification sender with this service's own SERVICE token. A read, so retried once; an open
 * breaker or a timeout only delays an SMS or a reminder (the outbox retries it), never another e-mail or a booking.
 */
@ApplicationScoped
@UpstreamService("user")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class UserContactClient implements ContactDirectory {

    /** {@code contactPreferences(userId) { email phone smsOptIn reminders }}. */
    public static class ContactRef {
        public String email;
        public String phone;
        public boolean smsOptIn;
        public boolean reminders;
    }

    static final GraphQlOperation<ContactRef> CONTACT_PREFERENCES = GraphQlOperation.query("contactPreferences",
            ContactRef.class, "userId: ID!");

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
    public Optional<Contact> contact(long userId) {
        return Optional.ofNullable(userService.execute(CONTACT_PREFERENCES, credentials.authorization(),
                String.valueOf(userId)))
                .map(c -> new Contact(c.email, c.phone, c.smsOptIn && c.phone != null, c.reminders));
    }
}
