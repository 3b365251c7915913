package com.cinema.common.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * This service's own credentials, for calls it makes on its own rather than for a signed-in person (background
 * tasks such as the booking service's reconciler and hold sweeper, refunds after a cancellation). The user service
 * issues a short-lived token with the {@code SERVICE} group against the platform's service secret; it is kept
 * until shortly before it expires. See docs/architecture.md, "Security model".
 *
 * <p>Settings: {@code cinema.service-auth.name} (this service's name, e.g. {@code booking}),
 * {@code cinema.service-auth.secret} (environment {@code CINEMA_SERVICE_AUTH_SECRET}) and
 * {@code cinema.services.user.url}.
 */
@ApplicationScoped
@UpstreamService("user")
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000, successThreshold = 1)
public class ServiceCredentials {

    static final GraphQlOperation<ServiceToken> SERVICE_TOKEN = GraphQlOperation.mutation("serviceToken",
            ServiceToken.class, "service: String!", "secret: String!");

    /** Renew this long before the token runs out, so a call never carries one that expires on the way. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(name = "cinema.services.user.url")
    Optional<String> userServiceUrl;

    // Optional, so that every server can carry this bean; only those that call as themselves set it.
    @Inject
    @ConfigProperty(name = "cinema.service-auth.name")
    Optional<String> serviceName;

    @Inject
    @ConfigProperty(name = "cinema.service-auth.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    private final Clock clock = Clock.systemUTC();
    private volatile GraphQlClient userService;
    private volatile String authorization;
    private volatile Instant renewAt = Instant.MIN;

    /** {@code Bearer <token>} for this service; UPSTREAM_UNAVAILABLE when the user service cannot issue one. */
    // Retried: issuing a token changes nothing, so asking twice is harmless.
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    public String authorization() {
        if (authorization != null && clock.instant().isBefore(renewAt)) {
            return authorization;
        }
        synchronized (this) {
            if (authorization == null || !clock.instant().isBefore(renewAt)) {
                ServiceToken token = client().execute(SERVICE_TOKEN, null, serviceName.orElseThrow(
                        () -> new IllegalStateException("cinema.service-auth.name is not set")), secret.orElse(""));
                authorization = "Bearer " + token.accessToken;
                renewAt = clock.instant().plusSeconds(token.expiresIn).minus(RENEW_BEFORE);
            }
            return authorization;
        }
    }

    private GraphQlClient client() {
        if (userService == null) {
            userService = GraphQlClient.connect("user", userServiceUrl.orElseThrow(
                    () -> new IllegalStateException("cinema.services.user.url is not set")), requestTimeout);
        }
        return userService;
    }

    /** The user service's answer. */
    public static class ServiceToken {
        public String accessToken;
        public int expiresIn;
    }
}
