package com.cinema.user.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** The user service's /graphql as a client sees it, with or without an access token. */
final class UserServiceCalls {

    static final String USER_FIELDS = "{ id email fullName phone smsOptIn reminders roles status createdAt }";
    static final String AUTH_FIELDS = "{ accessToken refreshToken expiresIn user " + USER_FIELDS + " }";

    private final GraphQlHttp graphql;

    UserServiceCalls(String baseUrl) {
        this.graphql = new GraphQlHttp(baseUrl);
    }

    /** An address no earlier run has used (the IT database outlives a run). */
    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    JsonObject register(String email, String password, String fullName, String phone) {
        JsonObjectBuilder input = Json.createObjectBuilder()
                .add("email", email).add("password", password).add("fullName", fullName);
        if (phone != null) {
            input.add("phone", phone);
        }
        return post(null, "mutation($input: RegisterInput) { register(input: $input) " + AUTH_FIELDS + " }",
                Map.of("input", input.build()));
    }

    JsonObject login(String email, String password) {
        return post(null, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) " + AUTH_FIELDS + " }",
                Map.of("e", email, "p", password));
    }

    JsonObject refresh(String refreshToken) {
        return post(null, "mutation($t: String!) { refreshToken(refreshToken: $t) " + AUTH_FIELDS + " }",
                Map.of("t", refreshToken));
    }

    JsonObject logout(String refreshToken) {
        return post(null, "mutation($t: String!) { logout(refreshToken: $t) }", Map.of("t", refreshToken));
    }

    JsonObject me(String accessToken) {
        return post(accessToken, "{ me " + USER_FIELDS + " }", Map.of());
    }

    /** The IT server's own database (H2 in AUTO_SERVER mode, or MySQL/MariaDB with -Pmysql), for what no API shows. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("user.it.db.url"),
                System.getProperty("user.it.db.user"), System.getProperty("user.it.db.password"));
    }

    /**
     * Forgets this machine's failed sign-ins of earlier runs: the IT database outlives a run, and every direct call
     * comes from the loopback address, which the per-address throttle would otherwise hold up after a few runs.
     */
    static void forgetLoopbackSignInAttempts() {
        try (Connection db = database();
             PreparedStatement delete = db.prepareStatement(
                     "DELETE FROM login_attempt WHERE client_address IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the IT database", e);
        }
    }

    /** The payload of a call that must succeed: register, login or refreshToken. */
    static JsonObject payload(JsonObject response, String operation) {
        return GraphQlHttp.dataWithoutErrors(response).getJsonObject(operation);
    }

    /** The first error of a call that must fail. */
    static JsonObject firstError(JsonObject response) {
        JsonObject error = GraphQlHttp.firstError(response);
        if (error == null) {
            throw new AssertionError("expected an error: " + response);
        }
        return error;
    }

    static String code(JsonObject response) {
        firstError(response);
        return GraphQlHttp.firstErrorCode(response);
    }

    JsonObject post(String accessToken, String query, Map<String, ?> variables) {
        GraphQlHttp caller = accessToken == null ? graphql : graphql.withBearer(accessToken);
        JsonObject response = caller.post(query, variables);
        if (response.containsKey("httpStatus")) {
            throw new AssertionError("HTTP " + caller.lastStatus() + " without a body");
        }
        return response;
    }
}
