package com.cinema.gateway.client;

import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.user.AuthPayload;
import com.cinema.gateway.api.user.ProfileInput;
import com.cinema.gateway.api.user.RegisterInput;
import com.cinema.gateway.api.user.User;
import com.cinema.gateway.api.user.UserPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;

/**
 * Fault-tolerant calls to the user service's GraphQL API. Only reads are retried (the class-level
 * {@code @Retry}): a repeated login would count a failed attempt twice, a repeated refresh would present a used
 * token and revoke the family, so every write says {@code @Retry(maxRetries = 0)}.
 */
@ApplicationScoped
@UpstreamService("user")
@Timeout(3000)
@Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class UserServiceClient {

    static final GraphQlOperation<AuthPayload> REGISTER = GraphQlOperation.mutation("register", AuthPayload.class,
            "input: RegisterInput!");
    static final GraphQlOperation<AuthPayload> LOGIN = GraphQlOperation.mutation("login", AuthPayload.class,
            "email: String!", "password: String!");
    static final GraphQlOperation<AuthPayload> REFRESH_TOKEN = GraphQlOperation.mutation("refreshToken",
            AuthPayload.class, "refreshToken: String!");
    static final GraphQlOperation<Boolean> LOGOUT = GraphQlOperation.mutation("logout", Boolean.class,
            "refreshToken: String!");
    static final GraphQlOperation<User> ME = GraphQlOperation.query("me", User.class);
    static final GraphQlOperation<User> UPDATE_PROFILE = GraphQlOperation.mutation("updateProfile", User.class,
            "input: ProfileInput!");
    static final GraphQlOperation<Boolean> CHANGE_PASSWORD = GraphQlOperation.mutation("changePassword",
            Boolean.class, "currentPassword: String!", "newPassword: String!");
    static final GraphQlOperation<UserPage> USERS = GraphQlOperation.query("users", UserPage.class,
            "search: String", "page: Int", "size: Int");
    static final GraphQlOperation<User> SET_USER_ROLE = GraphQlOperation.mutation("setUserRole", User.class,
            "userId: ID!", "role: String!", "granted: Boolean!");
    static final GraphQlOperation<User> SET_USER_STATUS = GraphQlOperation.mutation("setUserStatus", User.class,
            "userId: ID!", "status: String!");

    @Inject
    @ConfigProperty(name = "cinema.services.user.url")
    String userServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient userService;

    @PostConstruct
    void connect() {
        userService = GraphQlClient.connect("user", userServiceUrl, requestTimeout);
    }

    @Retry(maxRetries = 0)
    public AuthPayload register(RegisterInput input) {
        return userService.execute(REGISTER, null, input);
    }

    @Retry(maxRetries = 0)
    public AuthPayload login(String email, String password) {
        return userService.execute(LOGIN, null, email, password);
    }

    @Retry(maxRetries = 0)
    public AuthPayload refreshToken(String refreshToken) {
        return userService.execute(REFRESH_TOKEN, null, refreshToken);
    }

    @Retry(maxRetries = 0)
    public Boolean logout(String refreshToken) {
        // The refresh token is the credential here; an expired access token must not block signing out.
        return userService.execute(LOGOUT, null, refreshToken);
    }

    public User me() {
        return userService.execute(ME, caller.authorization());
    }

    @Retry(maxRetries = 0)
    public User updateProfile(ProfileInput input) {
        return userService.execute(UPDATE_PROFILE, caller.authorization(), input);
    }

    @Retry(maxRetries = 0)
    public Boolean changePassword(String currentPassword, String newPassword) {
        return userService.execute(CHANGE_PASSWORD, caller.authorization(), currentPassword, newPassword);
    }

    public UserPage users(String search, Integer page, Integer size) {
        return userService.execute(USERS, caller.authorization(), search, page, size);
    }

    @Retry(maxRetries = 0)
    public User setUserRole(String userId, String role, boolean granted) {
        return userService.execute(SET_USER_ROLE, caller.authorization(), userId, role, granted);
    }

    @Retry(maxRetries = 0)
    public User setUserStatus(String userId, String status) {
        return userService.execute(SET_USER_STATUS, caller.authorization(), userId, status);
    }
}
