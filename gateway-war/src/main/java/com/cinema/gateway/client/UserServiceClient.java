package com.cinema.gateway.client;

import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamErrors;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.user.AuthPayload;
import com.cinema.gateway.api.user.ProfileInput;
import com.cinema.gateway.api.user.RegisterInput;
import com.cinema.gateway.api.user.User;
import com.cinema.gateway.api.user.UserPage;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Fault-tolerant calls to the user service. Only reads are retried: a repeated login would count a
 * failed attempt twice, a repeated refresh would present a used token and revoke the family.
 */
@ApplicationScoped
@UpstreamService("user")
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class UserServiceClient {

    @Inject
    @ConfigProperty(name = "cinema.services.user.url")
    String userServiceUrl;

    @Inject
    CallerCredentials caller;

    private UserServiceApi api;

    @PostConstruct
    void connect() {
        api = TypesafeGraphQLClientBuilder.newBuilder()
                .endpoint(userServiceUrl + "/graphql")
                .build(UserServiceApi.class);
    }

    public AuthPayload register(RegisterInput input) {
        return DownstreamErrors.call(() -> api.register(input));
    }

    public AuthPayload login(String email, String password) {
        return DownstreamErrors.call(() -> api.login(email, password));
    }

    public AuthPayload refreshToken(String refreshToken) {
        return DownstreamErrors.call(() -> api.refreshToken(refreshToken));
    }

    public Boolean logout(String refreshToken) {
        // The refresh token is the credential here; an expired access token must not block signing out.
        return DownstreamErrors.call(() -> api.logout(refreshToken));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public User me() {
        return DownstreamErrors.call(() -> api.me(caller.authorization()));
    }

    public User updateProfile(ProfileInput input) {
        return DownstreamErrors.call(() -> api.updateProfile(caller.authorization(), input));
    }

    public Boolean changePassword(String currentPassword, String newPassword) {
        return DownstreamErrors.call(() -> api.changePassword(caller.authorization(), currentPassword, newPassword));
    }

    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
    public UserPage users(String search, Integer page, Integer size) {
        return DownstreamErrors.call(() -> api.users(caller.authorization(), search, page, size));
    }

    public User setUserRole(String userId, String role, boolean granted) {
        return DownstreamErrors.call(() -> api.setUserRole(caller.authorization(), userId, role, granted));
    }

    public User setUserStatus(String userId, String status) {
        return DownstreamErrors.call(() -> api.setUserStatus(caller.authorization(), userId, status));
    }
}
