package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamServiceException;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.ServiceCredentials;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.edge.EdgeClient;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.user.AuthPayload;
import com.cinema.gateway.api.user.ProfileInput;
import com.cinema.gateway.api.user.RegisterInput;
import com.cinema.gateway.api.user.User;
import com.cinema.gateway.edge.ClientAddress;
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
import java.util.List;
import java.util.Map;

/**
 * Fault-tolerant calls to the user service's GraphQL API. Only reads are retried (the class-level
 * {@code @Retry}): a repeated login would count a failed attempt twice, a repeated refresh would present a used
 * token and revoke the family, so every write says {@code @Retry(maxRetries = 0)}. Calls that hash a password
 * get {@link CallBudget#PASSWORD_MS} rather than one ordinary attempt: a sign-in to a user server that has just
 * started must not be answered as an outage.
 */
@ApplicationScoped
@UpstreamService("user")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
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
    static final GraphQlOperation<Boolean> CONFIRM_PASSWORD = GraphQlOperation.mutation("confirmPassword",
            Boolean.class, "password: String!");
    static final GraphQlOperation<Boolean> CLOSE_MY_ACCOUNT = GraphQlOperation.mutation("closeMyAccount",
            Boolean.class, "password: String!");
    static final GraphQlOperation<Boolean> REQUEST_PASSWORD_RESET = GraphQlOperation.mutation(
            "requestPasswordReset", Boolean.class, "email: String!");
    static final GraphQlOperation<Boolean> RESET_PASSWORD = GraphQlOperation.mutation("resetPassword",
            Boolean.class, "token: String!", "newPassword: String!");
    static final GraphQlOperation<UserPage> USERS = GraphQlOperation.query("users", UserPage.class,
            "search: String", "page: Int", "size: Int");
    // [String!]!: Liberty's SmallRye GraphQL 1.0 cannot validate @Id list arguments (docs/decisions).
    static final GraphQlOperation<List<User>> USERS_BY_IDS = GraphQlOperation.queryForList("usersByIds", User.class,
            "ids: [String!]!");
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

    @Inject
    ServiceCredentials gateway;

    @Inject
    ClientAddress clientAddress;

    private GraphQlClient userService;

    @PostConstruct
    void connect() {
        userService = GraphQlClient.connect("user", userServiceUrl, requestTimeout);
    }

    @Timeout(CallBudget.PASSWORD_MS)
    @Retry(maxRetries = 0)
    public AuthPayload register(RegisterInput input) {
        return userService.execute(REGISTER, null, input);
    }

    /**
     * The user service throttles sign-ins by client address (and address and account), and every connection it sees
     * comes from here: so the gateway names the client, and proves with its own SERVICE token that it is the one
     * naming it. Without the token there is no sign-in (UPSTREAM_UNAVAILABLE) rather than every customer throttled
     * together as the gateway's address.
     */
    @Timeout(CallBudget.PASSWORD_MS)
    @Retry(maxRetries = 0)
    public AuthPayload login(String email, String password) {
        return userService.executeWithHeaders(LOGIN, gatewayAuthorization(),
                Map.of(EdgeClient.FORWARDED_ADDRESS_HEADER, clientAddress.current()), email, password);
    }

    private String gatewayAuthorization() {
        try {
            return gateway.authorization();
        } catch (ApiException refused) {
            // The user service refused the gateway's own credentials (cinema.service-auth.secret differs): a
            // deployment fault, not the customer's; never answer it as their UNAUTHENTICATED.
            throw new DownstreamServiceException("user", "refused the gateway's service credentials: "
                    + refused.getMessage(), refused);
        }
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

    @Timeout(CallBudget.PASSWORD_MS)
    @Retry(maxRetries = 0)
    public Boolean changePassword(String currentPassword, String newPassword) {
        return userService.execute(CHANGE_PASSWORD, caller.authorization(), currentPassword, newPassword);
    }

    /** True, or VALIDATION on password; wrong guesses are throttled like sign-ins. Changes nothing else. */
    @Timeout(CallBudget.PASSWORD_MS)
    @Retry(maxRetries = 0)
    public Boolean confirmPassword(String password) {
        return userService.execute(CONFIRM_PASSWORD, caller.authorization(), password);
    }

    /** Not retried: a repeat after a close that went through is refused (UNAUTHENTICATED: the account is closed). */
    @Timeout(CallBudget.PASSWORD_MS)
    @Retry(maxRetries = 0)
    public Boolean closeMyAccount(String password) {
        return userService.execute(CLOSE_MY_ACCOUNT, caller.authorization(), password);
    }

    /** Public, no caller token: whoever asks gets the same answer, the link goes only to the address itself. */
    @Retry(maxRetries = 0)
    public Boolean requestPasswordReset(String email) {
        // Not retried: a repeat after a reply that was merely slow would send the customer a second e-mail.
        return userService.execute(REQUEST_PASSWORD_RESET, null, email);
    }

    /**
     * The token from the e-mailed link is the credential. The new password is hashed, so a password call's budget;
     * not retried, since a repeat after a reset that went through would present a used token and tell the customer
     * that their link is no good.
     */
    @Timeout(CallBudget.PASSWORD_MS)
    @Retry(maxRetries = 0)
    public Boolean resetPassword(String token, String newPassword) {
        return userService.execute(RESET_PASSWORD, null, token, newPassword);
    }

    public UserPage users(String search, Integer page, Integer size) {
        return userService.execute(USERS, caller.authorization(), search, page, size);
    }

    /** Staff only (the caller's token): the customers of a page of bookings, in one call. */
    public List<User> usersByIds(List<String> ids) {
        return userService.execute(USERS_BY_IDS, caller.authorization(), ids);
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
