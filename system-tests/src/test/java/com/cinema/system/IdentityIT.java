package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, sign-in, tokens and roles, only through the gateway, as the web front end uses them. */
@ExtendWith(PlatformExtension.class)
@Order(1)
class IdentityIT {

    private static final String AUTH = "accessToken refreshToken expiresIn user { id email fullName roles status }";
    private static final String REGISTER = "mutation($in: RegisterInput!) { register(input: $in) { " + AUTH + " } }";
    private static final String LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { " + AUTH + " } }";
    private static final String REFRESH = "mutation($t: String!) { refreshToken(refreshToken: $t) { " + AUTH + " } }";
    private static final String LOGOUT = "mutation($t: String!) { logout(refreshToken: $t) }";
    private static final String ME = "{ me { id email fullName roles } }";

    private final GraphQlHttp gateway = new GraphQlHttp(PlatformExtension.platform().gatewayUrl());

    private static String uniqueEmail() {
        return "fan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private JsonObject register(String email, String password) {
        return gateway.post(REGISTER, Map.of("in", Json.createObjectBuilder()
                .add("email", email).add("password", password).add("fullName", "Film Fan").add("phone", "+447700900123").build()));
    }

    private JsonObject login(String email, String password) {
        return gateway.post(LOGIN, Map.of("e", email, "p", password));
    }

    private static JsonObject payload(JsonObject response, String field) {
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject(field);
    }

    @Test
    void registerLoginAndMe() {
        String email = uniqueEmail();
        JsonObject registered = payload(register(email, "popcorn-and-chill"), "register");
        assertThat(registered.getJsonObject("user").getString("email")).isEqualTo(email);
        assertThat(registered.getJsonObject("user").getJsonArray("roles").getString(0)).isEqualTo("USER");
        assertThat(registered.getInt("expiresIn")).isEqualTo(900);

        JsonObject signedIn = payload(login(email.toUpperCase(), "popcorn-and-chill"), "login");
        JsonObject me = payload(gateway.withBearer(signedIn.getString("accessToken")).post(ME), "me");
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getString("id")).isEqualTo(registered.getJsonObject("user").getString("id"));
    }

    @Test
    void duplicateEmailInAnotherCaseIsAConflict() {
        String email = uniqueEmail();
        payload(register(email, "popcorn-and-chill"), "register");
        assertThat(GraphQlHttp.firstErrorCode(register(email.toUpperCase(), "another-long-one"))).isEqualTo("CONFLICT");
    }

    @Test
    void weakPasswordIsAValidationErrorNamingTheField() {
        JsonObject response = register(uniqueEmail(), "short");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("input.password");
    }

    @Test
    void wrongPasswordAndUnknownEmailLookTheSame() {
        String email = uniqueEmail();
        payload(register(email, "popcorn-and-chill"), "register");
        JsonObject wrong = login(email, "not-the-password");
        JsonObject unknown = login(uniqueEmail(), "not-the-password");
        assertThat(GraphQlHttp.firstErrorCode(wrong)).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(unknown)).isEqualTo("UNAUTHENTICATED");
        assertThat(message(wrong)).isEqualTo(message(unknown));
    }

    @Test
    void fiveFailuresThrottleTheAccount() {
        String email = uniqueEmail();
        payload(register(email, "popcorn-and-chill"), "register");
        for (int i = 0; i < 5; i++) {
            assertThat(GraphQlHttp.firstErrorCode(login(email, "wrong-password-" + i))).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(GraphQlHttp.firstErrorCode(login(email, "popcorn-and-chill"))).isEqualTo("RATE_LIMITED");
    }

    @Test
    void refreshRotatesAndReusingAnOldTokenKillsTheFamily() {
        String email = uniqueEmail();
        String first = payload(register(email, "popcorn-and-chill"), "register").getString("refreshToken");

        String second = payload(gateway.post(REFRESH, Map.of("t", first)), "refreshToken").getString("refreshToken");
        assertThat(second).isNotEqualTo(first);

        assertThat(GraphQlHttp.firstErrorCode(gateway.post(REFRESH, Map.of("t", first)))).isEqualTo("UNAUTHENTICATED");
        // the theft was detected: the newer token of the same family is dead too
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(REFRESH, Map.of("t", second)))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        JsonObject auth = payload(register(uniqueEmail(), "popcorn-and-chill"), "register");
        String refresh = auth.getString("refreshToken");
        JsonObject out = gateway.withBearer(auth.getString("accessToken")).post(LOGOUT, Map.of("t", refresh));
        assertThat(out.getJsonObject("data").getBoolean("logout")).isTrue();
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(REFRESH, Map.of("t", refresh)))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void customerCannotUseStaffOperationsAndStrangersMustSignIn() {
        String token = payload(register(uniqueEmail(), "popcorn-and-chill"), "register").getString("accessToken");
        assertThat(GraphQlHttp.firstErrorCode(gateway.withBearer(token).post("{ users { total } }"))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post("{ users { total } }"))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(ME))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void disabledUserCannotSignInOrRefresh() {
        String email = uniqueEmail();
        JsonObject customer = payload(register(email, "popcorn-and-chill"), "register");
        String adminToken = payload(login("admin@cinema.test", "Admin-Demo-2026!"), "login").getString("accessToken");

        JsonObject disabled = gateway.withBearer(adminToken).post(
                "mutation($id: ID!) { setUserStatus(userId: $id, status: \"DISABLED\") { status } }",
                Map.of("id", customer.getJsonObject("user").getString("id")));
        assertThat(payload(disabled, "setUserStatus").getString("status")).isEqualTo("DISABLED");

        assertThat(GraphQlHttp.firstErrorCode(login(email, "popcorn-and-chill"))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(REFRESH, Map.of("t", customer.getString("refreshToken")))))
                .isEqualTo("UNAUTHENTICATED");
    }

    private static String message(JsonObject response) {
        return GraphQlHttp.firstErrorMessage(response);
    }
}
