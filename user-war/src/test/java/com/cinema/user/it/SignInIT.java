package com.cinema.user.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import static com.cinema.user.it.UserServiceCalls.code;
import static com.cinema.user.it.UserServiceCalls.firstError;
import static com.cinema.user.it.UserServiceCalls.payload;
import static com.cinema.user.it.UserServiceCalls.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering, signing in, refreshing and signing out through the user service's own /graphql. */
@MicroShedTest
class SignInIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final String PASSWORD = "Popcorn-And-Films-1";
    private final UserServiceCalls service = new UserServiceCalls(BASE);

    @BeforeAll
    static void forgetEarlierRuns() {
        UserServiceCalls.forgetLoopbackSignInAttempts();
    }

    @Test
    void aNewCustomerIsSignedInAndSeesThemselves() {
        String email = uniqueEmail("Ann");
        JsonObject auth = payload(service.register(email, PASSWORD, "Ann Smith", "+442079460018"), "register");

        assertThat(auth.getInt("expiresIn")).isEqualTo(900);
        assertThat(auth.getString("refreshToken")).hasSize(43);
        JsonObject user = auth.getJsonObject("user");
        assertThat(user.getString("email")).isEqualTo(email);
        assertThat(user.getJsonArray("roles").getString(0)).isEqualTo("USER");
        JsonObject me = service.me(auth.getString("accessToken")).getJsonObject("data").getJsonObject("me");
        assertThat(me.getString("id")).isEqualTo(user.getString("id"));
        assertThat(me.getString("fullName")).isEqualTo("Ann Smith");
        assertThat(me.getString("phone")).isEqualTo("+442079460018");
    }

    @Test
    void theAccessTokenCarriesTheDesignedClaims() {
        String email = uniqueEmail("claims");
        JsonObject auth = payload(service.register(email, PASSWORD, "Claire Claims", null), "register");

        String[] parts = auth.getString("accessToken").split("\\.");
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(claims.getString("iss")).isEqualTo("cinema-user-service");
        assertThat(claims.getJsonArray("aud").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("cinema");
        assertThat(claims.getString("upn")).isEqualTo(email);
        assertThat(claims.getString("sub")).isEqualTo(auth.getJsonObject("user").getString("id"));
        assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("USER");
        assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()).isEqualTo(900);
        assertThat(claims.getString("jti")).isNotBlank();
    }

    @Test
    void anAddressIsTakenWhateverItsCase() {
        String email = uniqueEmail("dup");
        payload(service.register(email, PASSWORD, "First Owner", null), "register");

        JsonObject again = service.register(email.toUpperCase(Locale.ROOT), PASSWORD, "Second Owner", null);

        assertThat(code(again)).isEqualTo("CONFLICT");
    }

    @Test
    void badRegistrationsNameTheOffendingField() {
        String email = uniqueEmail("weak");
        assertValidation(service.register(email, "short", "Weak Password", null), "input.password");
        assertValidation(service.register(email, email.toUpperCase(Locale.ROOT), "Email As Password", null), "input.password");
        assertValidation(service.register(email, PASSWORD, "  ", null), "input.fullName");
        assertValidation(service.register(email, PASSWORD, "Bad Phone", "020 7946 0018"), "input.phone");
        assertValidation(service.register("not-an-address", PASSWORD, "Bad Email", null), "input.email");
        payload(service.register(email, PASSWORD, "Finally Valid", null), "register");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressLookTheSame() {
        String email = uniqueEmail("wrong");
        payload(service.register(email, PASSWORD, "Wendy Wrong", null), "register");

        JsonObject wrongPassword = firstError(service.login(email, PASSWORD + "x"));
        JsonObject unknownEmail = firstError(service.login(uniqueEmail("nobody"), PASSWORD));

        assertThat(wrongPassword.getJsonObject("extensions").getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(unknownEmail.getJsonObject("extensions")).isEqualTo(wrongPassword.getJsonObject("extensions"));
        assertThat(unknownEmail.getString("message")).isEqualTo(wrongPassword.getString("message"));
        assertThat(payload(service.login(email.toUpperCase(Locale.ROOT), PASSWORD), "login")
                .getJsonObject("user").getString("email")).as("sign-in ignores the case").isEqualTo(email);
    }

    /** Called directly, the connection's address counts: five failures from here hold up sign-ins from here. */
    @Test
    void fiveFailuresFromOneAddressHoldItUpEvenForTheRightPassword() {
        String email = uniqueEmail("locked");
        payload(service.register(email, PASSWORD, "Lucy Locked", null), "register");
        for (int i = 0; i < 5; i++) {
            assertThat(code(service.login(email, "Not-The-Password-" + i))).isEqualTo("UNAUTHENTICATED");
        }

        assertThat(code(service.login(email, PASSWORD))).isEqualTo("RATE_LIMITED");
        assertThat(code(service.login(email.toUpperCase(Locale.ROOT), PASSWORD))).isEqualTo("RATE_LIMITED");
    }

    @Test
    void aRefreshTokenIsExchangedOnceAndReplayingItEndsTheSignIn() {
        JsonObject first = payload(service.register(uniqueEmail("rotate"), PASSWORD, "Rory Rotate", null), "register");

        JsonObject second = payload(service.refresh(first.getString("refreshToken")), "refreshToken");
        assertThat(second.getString("refreshToken")).isNotEqualTo(first.getString("refreshToken"));
        assertThat(service.me(second.getString("accessToken")).getJsonObject("data").getJsonObject("me")
                .getString("id")).isEqualTo(first.getJsonObject("user").getString("id"));

        assertThat(code(service.refresh(first.getString("refreshToken")))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.refresh(second.getString("refreshToken"))))
                .as("the replay revoked the whole family").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void loggingOutEndsOnlyThatSignIn() {
        String email = uniqueEmail("logout");
        JsonObject phone = payload(service.register(email, PASSWORD, "Leo Logout", null), "register");
        JsonObject laptop = payload(service.login(email, PASSWORD), "login");

        assertThat(service.logout(phone.getString("refreshToken")).getJsonObject("data").getBoolean("logout")).isTrue();

        assertThat(code(service.refresh(phone.getString("refreshToken")))).isEqualTo("UNAUTHENTICATED");
        payload(service.refresh(laptop.getString("refreshToken")), "refreshToken");
        assertThat(service.logout("never-issued").getJsonObject("data").getBoolean("logout")).isTrue();
    }

    @Test
    void changingThePasswordChecksTheOldOneAndEndsEverySignIn() {
        String email = uniqueEmail("change");
        JsonObject auth = payload(service.register(email, PASSWORD, "Chris Change", null), "register");
        String token = auth.getString("accessToken");
        String change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

        assertValidation(service.post(token, change, Map.of("c", "Not-My-Password", "n", "Brand-New-Secret-9")), "currentPassword");
        assertValidation(service.post(token, change, Map.of("c", PASSWORD, "n", "short")), "newPassword");
        assertThat(service.post(token, change, Map.of("c", PASSWORD, "n", "Brand-New-Secret-9"))
                .getJsonObject("data").getBoolean("changePassword")).isTrue();

        assertThat(code(service.refresh(auth.getString("refreshToken")))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.login(email, PASSWORD))).isEqualTo("UNAUTHENTICATED");
        payload(service.login(email, "Brand-New-Secret-9"), "login");
        assertThat(code(service.post(null, change, Map.of("c", PASSWORD, "n", "Brand-New-Secret-9"))))
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theProfileIsReplacedAndChecked() {
        JsonObject auth = payload(service.register(uniqueEmail("profile"), PASSWORD, "Pat Profile", "+442079460018"), "register");
        String token = auth.getString("accessToken");
        String update = "mutation($i: ProfileInput) { updateProfile(input: $i) { fullName phone } }";

        JsonObject updated = service.post(token, update, Map.of("i",
                Json.createObjectBuilder().add("fullName", "Pat Newname").add("phone", "").build()))
                .getJsonObject("data").getJsonObject("updateProfile");
        assertThat(updated.getString("fullName")).isEqualTo("Pat Newname");
        assertThat(updated.isNull("phone")).isTrue();
        assertValidation(service.post(token, update, Map.of("i",
                Json.createObjectBuilder().add("fullName", "Pat").add("phone", "0207").build())), "input.phone");
    }

    private static void assertValidation(JsonObject response, String field) {
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).as(response.toString()).isEqualTo(field);
    }

    private static JsonObject json(String base64Url) {
        String text = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(text)).readObject();
    }
}
