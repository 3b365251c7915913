package com.cinema.gateway.it;

import com.cinema.common.client.CallBudget;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in is given the password budget ({@link CallBudget#PASSWORD_MS}), not one ordinary attempt: a user server
 * that takes longer than {@link CallBudget#ATTEMPT_MS} to verify a password (Argon2 before the JIT has compiled it,
 * just after a start) still signs the customer in, and the sign-in is sent once. The user service is a stub on a
 * port where nothing listens for the other classes (EdgeLimitsIT signs in there).
 */
@MicroShedTest
class GatewaySignInBudgetIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    /** Longer than one ordinary attempt, well within the password budget. */
    private static final long SLOW_HASH_MS = CallBudget.ATTEMPT_MS + 1500;
    /** The delay of the user client's and the service credentials' circuit breakers. */
    private static final long BREAKER_DELAY_MS = 5000;

    private static GraphQlStub users;

    @BeforeAll
    static void startUserService() {
        users = GraphQlStub.start(StubPorts.port("stub.user.service.port", StubPorts.GATEWAY_USER))
                .on("serviceToken", call -> Json.createObjectBuilder().add("accessToken", "gateway-service-token")
                        .add("expiresIn", 300).build())
                .on("login", call -> {
                    pause(SLOW_HASH_MS);
                    return Json.createObjectBuilder().add("accessToken", "access-for-" + call.variable("email"))
                            .add("refreshToken", "refresh-1").add("expiresIn", 900)
                            .add("user", Json.createObjectBuilder().add("id", "77").add("email", call.variable("email"))
                                    .add("fullName", "Slow Hash").add("smsOptIn", false)
                                    .add("roles", Json.createArrayBuilder().add("CUSTOMER")).add("status", "ACTIVE")
                                    .add("createdAt", "2026-01-01T00:00:00Z"))
                            .build();
                });
        // Other classes' sign-ins found no user service here and may have opened the gateway's circuit breakers
        // for it (5 s each): wait until they let a call through again.
        pause(BREAKER_DELAY_MS + 500);
    }

    @AfterAll
    static void stopUserService() {
        users.close();
    }

    @Test
    void aSignInThatTakesLongerThanOneOrdinaryAttemptStillSignsTheCustomerInAndIsSentOnce() {
        long started = System.nanoTime();
        JsonObject answer = new GraphQlHttp(BASE).post("mutation($e: String!, $p: String!) { login(email: $e, "
                + "password: $p) { accessToken user { id email } } }",
                Map.of("e", "slow-hash@gateway.test", "p", "Canary-Slow-9"));
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        JsonObject login = GraphQlHttp.dataWithoutErrors(answer).getJsonObject("login");
        assertThat(login.getString("accessToken")).isEqualTo("access-for-slow-hash@gateway.test");
        assertThat(login.getJsonObject("user").getString("id")).isEqualTo("77");
        assertThat(tookMs).as("the user service's answer was waited for").isGreaterThanOrEqualTo(SLOW_HASH_MS);
        assertThat(users.calls("login")).as("a sign-in is never retried").hasSize(1).first()
                .satisfies(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer gateway-service-token"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
