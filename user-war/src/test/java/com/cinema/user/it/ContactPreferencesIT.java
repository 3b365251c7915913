package com.cinema.user.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.util.Map;

import static com.cinema.user.it.UserServiceCalls.code;
import static com.cinema.user.it.UserServiceCalls.payload;
import static com.cinema.user.it.UserServiceCalls.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21: the SMS opt-in of the profile and the contact preferences the booking service reads when it sends a
 * booking message (SERVICE or ADMIN only), on the service's own test server and database (H2, or MariaDB with
 * -Pmysql).
 */
@MicroShedTest
class ContactPreferencesIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final String PASSWORD = "Popcorn-And-Films-1";
    /** The IT server's cinema.service-auth.secret (the parent pom's it-server-start execution). */
    private static final String SERVICE_SECRET = "integration-test-service-secret";
    private static final String UPDATE = "mutation($input: ProfileInput) { updateProfile(input: $input) "
            + UserServiceCalls.USER_FIELDS + " }";
    private static final String PREFERENCES = "query($id: ID!) { contactPreferences(userId: $id) "
            + "{ userId email phone smsOptIn reminders } }";

    private final UserServiceCalls service = new UserServiceCalls(BASE);

    @BeforeAll
    static void serverReady() {
        // Started by the build, perhaps still deploying on a loaded machine.
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(4));
    }

    @Test
    void aCustomerOptsInWithAPhoneAndTheBookingServiceReadsIt() {
        String email = uniqueEmail("texted");
        JsonObject auth = payload(service.register(email, PASSWORD, "Tess Texted", null), "register");
        String token = auth.getString("accessToken");
        String id = auth.getJsonObject("user").getString("id");
        assertThat(auth.getJsonObject("user").getBoolean("smsOptIn")).as("off until asked for").isFalse();

        JsonObject refusal = service.post(token, UPDATE,
                Map.of("input", Json.createObjectBuilder().add("fullName", "Tess Texted").add("smsOptIn", true).build()));
        assertThat(GraphQlHttp.firstErrorCode(refusal)).as(refusal.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(refusal)).as(refusal.toString()).isEqualTo("input.smsOptIn");

        JsonObject optedIn = payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder()
                .add("fullName", "Tess Texted").add("phone", "+447700900123").add("smsOptIn", true).build())), "updateProfile");
        assertThat(optedIn.getBoolean("smsOptIn")).isTrue();
        assertThat(payload(service.me(token), "me").getBoolean("smsOptIn")).as("stored").isTrue();

        JsonObject preferences = payload(service.post(serviceToken(), PREFERENCES, Map.of("id", id)),
                "contactPreferences");
        assertThat(preferences.getString("userId")).isEqualTo(id);
        assertThat(preferences.getString("email")).isEqualTo(email);
        assertThat(preferences.getString("phone")).isEqualTo("+447700900123");
        assertThat(preferences.getBoolean("smsOptIn")).isTrue();

        // Name changed without the field: the choice stays; the number removed: the opt-in ends with it.
        assertThat(payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder()
                .add("fullName", "Tess T").add("phone", "+447700900123").build())), "updateProfile").getBoolean("smsOptIn"))
                .isTrue();
        payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder().add("fullName", "Tess T").add("phone", "").build())),
                "updateProfile");
        JsonObject after = payload(service.post(serviceToken(), PREFERENCES, Map.of("id", id)), "contactPreferences");
        assertThat(after.getBoolean("smsOptIn")).isFalse();
        assertThat(after.isNull("phone")).isTrue();
    }

    @Test
    void aCustomerTurnsOffTheRemindersAndTheBookingServiceReadsIt() {
        JsonObject auth = payload(service.register(uniqueEmail("reminded"), PASSWORD, "Rory Reminded", null), "register");
        String token = auth.getString("accessToken");
        String id = auth.getJsonObject("user").getString("id");
        assertThat(auth.getJsonObject("user").getBoolean("reminders")).as("on for a new account").isTrue();
        assertThat(payload(service.post(serviceToken(), PREFERENCES, Map.of("id", id)), "contactPreferences")
                .getBoolean("reminders")).isTrue();

        JsonObject off = payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder()
                .add("fullName", "Rory Reminded").add("reminders", false).build())), "updateProfile");
        assertThat(off.getBoolean("reminders")).isFalse();
        assertThat(payload(service.me(token), "me").getBoolean("reminders")).as("stored").isFalse();
        assertThat(payload(service.post(serviceToken(), PREFERENCES, Map.of("id", id)), "contactPreferences")
                .getBoolean("reminders")).isFalse();

        // A later change without the field keeps the choice; turning them on again counts.
        assertThat(payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder()
                .add("fullName", "Rory R").build())), "updateProfile").getBoolean("reminders")).isFalse();
        payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder().add("fullName", "Rory R")
                .add("reminders", true).build())), "updateProfile");
        assertThat(payload(service.post(serviceToken(), PREFERENCES, Map.of("id", id)), "contactPreferences")
                .getBoolean("reminders")).isTrue();
    }

    @Test
    void staffMayReadPreferencesAndAnUnknownIdIsNull() {
        String admin = payload(service.login("admin@cinema.test", "Admin-Demo-2026!"), "login")
                .getString("accessToken");
        JsonObject auth = payload(service.register(uniqueEmail("quiet"), PASSWORD, "Quinn Quiet", "+447700900456"),
                "register");

        JsonObject preferences = payload(service.post(admin, PREFERENCES,
                Map.of("id", auth.getJsonObject("user").getString("id"))), "contactPreferences");
        assertThat(preferences.getString("phone")).isEqualTo("+447700900456");
        assertThat(preferences.getBoolean("smsOptIn")).as("a number alone is no opt-in").isFalse();

        JsonObject unknown = service.post(serviceToken(), PREFERENCES, Map.of("id", "999999999"));
        assertThat(GraphQlHttp.firstError(unknown)).isNull();
        assertThat(unknown.getJsonObject("data").isNull("contactPreferences")).isTrue();
    }

    @Test
    void customersAndStrangersCannotReadAnyonesPreferences() {
        JsonObject auth = payload(service.register(uniqueEmail("nosy-prefs"), PASSWORD, "Nosy Parker", null),
                "register");
        String ownId = auth.getJsonObject("user").getString("id");

        assertThat(code(service.post(auth.getString("accessToken"), PREFERENCES, Map.of("id", ownId))))
                .as("not even their own: it is an internal read").isEqualTo("FORBIDDEN");
        assertThat(code(service.post(null, PREFERENCES, Map.of("id", ownId)))).isEqualTo("UNAUTHENTICATED");
    }

    private String serviceToken() {
        JsonObject answer = service.post(null, "mutation($s: String!, $k: String!) { serviceToken(service: $s, "
                + "secret: $k) { accessToken } }", Map.of("s", "booking", "k", SERVICE_SECRET));
        return payload(answer, "serviceToken").getString("accessToken");
    }
}
