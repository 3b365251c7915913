package com.cinema.gateway.edge;

import com.cinema.common.edge.EdgeClient;
import com.cinema.common.edge.EdgeRejection;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitCheckTest {

    private static final EdgeClient STRANGER = new EdgeClient("198.51.100.66", null);
    private static final EdgeClient OWNER = new EdgeClient("203.0.113.10", null);

    private static RateLimitCheck with(Map<String, String> settings) {
        return new RateLimitCheck(name -> Optional.ofNullable(settings.get(name)), new GraphQlDocuments(5000, 1000, 0));
    }

    private static String login(String email) {
        return "mutation { login(email: \"" + email + "\", password: \"wrong\") { accessToken } }";
    }

    @Test
    void anonymousCallsAreLimitedPerAddressAndSignedInOnesPerUser() {
        RateLimitCheck check = with(Map.of("cinema.rate-limit.anonymous-per-minute", "3",
                "cinema.rate-limit.user-per-minute", "5"));
        IntStream.range(0, 3).forEach(i ->
                assertThat(check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, STRANGER)).isEmpty());
        EdgeRejection refused = check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, STRANGER).orElseThrow();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code().name()).isEqualTo("RATE_LIMITED");
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        // Another address, and a signed-in user at the same address, have their own budgets.
        assertThat(check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, OWNER)).isEmpty();
        assertThat(check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT,
                new EdgeClient(STRANGER.address(), "42"))).isEmpty();
    }

    @Test
    void aRestRequestSpendsFromTheSameBucketAsGraphQlRequests() {
        RateLimitCheck check = with(Map.of("cinema.rate-limit.user-per-minute", "4"));
        EdgeClient customer = new EdgeClient(STRANGER.address(), "42");
        assertThat(check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, customer)).isEmpty();
        assertThat(check.checkRequest(customer)).isEmpty();
        assertThat(check.checkRequest(customer)).isEmpty();
        assertThat(check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, customer)).isEmpty();

        EdgeRejection rest = check.checkRequest(customer).orElseThrow();
        assertThat(rest.status()).isEqualTo(429);
        assertThat(rest.field()).isEqualTo("request");
        assertThat(check.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, customer)).isPresent();
        assertThat(with(Map.of("cinema.rate-limit.enabled", "false", "cinema.rate-limit.user-per-minute", "0"))
                .checkRequest(customer)).as("limits off").isEmpty();
    }

    @Test
    void aStrangerHammeringAnAccountIsStoppedWithoutLockingItsOwnerOut() {
        RateLimitCheck check = with(Map.of());
        String victim = "admin@cinema.test";
        int tries = 8;
        long allowed = IntStream.range(0, tries)
                .filter(i -> check.check(login(victim), null, JsonValue.EMPTY_JSON_OBJECT, STRANGER).isEmpty())
                .count();
        assertThat(allowed).isEqualTo(RateLimitCheck.LOGIN_PER_ACCOUNT_DEFAULT);
        // The owner, from their own address, signs in as usual (variables spelled differently, same account).
        assertThat(check.check("mutation L($e: String!) { login(email: $e, password: \"x\") { accessToken } }", "L",
                Json.createObjectBuilder().add("e", " Admin@Cinema.TEST").build(), OWNER)).isEmpty();
        // And the stranger is stopped on other accounts too once the address's sign-in budget is spent.
        long others = IntStream.range(0, 40)
                .filter(i -> check.check(login("user" + i + "@x.test"), null, JsonValue.EMPTY_JSON_OBJECT, STRANGER)
                        .isEmpty()).count();
        assertThat(others).isEqualTo(RateLimitCheck.OPERATION_DEFAULTS.get("login") - tries);
    }

    @Test
    void passwordResetsAreLimitedPerAddressEvenWithAToken() {
        RateLimitCheck check = with(Map.of());
        String ask = "mutation { requestPasswordReset(email: \"ann@x.test\") }";
        long asked = IntStream.range(0, 8)
                .filter(i -> check.check(ask, null, JsonValue.EMPTY_JSON_OBJECT, STRANGER).isEmpty()).count();
        assertThat(asked).isEqualTo(RateLimitCheck.OPERATION_DEFAULTS.get("requestPasswordReset")).isEqualTo(5);
        EdgeRejection refused = check.check(ask, null, JsonValue.EMPTY_JSON_OBJECT, STRANGER).orElseThrow();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.field()).isEqualTo("requestPasswordReset");
        // A token buys no fresh budget at the same address (the operation needs none); another address has its own.
        assertThat(check.check(ask, null, JsonValue.EMPTY_JSON_OBJECT, new EdgeClient(STRANGER.address(), "42")))
                .isPresent();
        assertThat(check.check(ask, null, JsonValue.EMPTY_JSON_OBJECT, OWNER)).isEmpty();

        // A token guesser, with the token in a variable and a new signed-in user for every try, is still one address.
        String reset = "mutation R($t: String!) { resetPassword(token: $t, newPassword: \"a new passphrase\") }";
        long resets = IntStream.range(0, 15)
                .filter(i -> check.check(reset, "R", Json.createObjectBuilder().add("t", "guess" + i).build(),
                        new EdgeClient(STRANGER.address(), "user" + i)).isEmpty()).count();
        assertThat(resets).isEqualTo(RateLimitCheck.OPERATION_DEFAULTS.get("resetPassword")).isEqualTo(10);
        assertThat(check.check(reset, "R", Json.createObjectBuilder().add("t", "mine").build(), OWNER)).isEmpty();
    }

    @Test
    void passwordResetLimitsComeFromConfig() {
        RateLimitCheck check = with(Map.of("cinema.rate-limit.request-password-reset-per-minute", "1",
                "cinema.rate-limit.reset-password-per-minute", "2"));
        String ask = "mutation { requestPasswordReset(email: \"ann@x.test\") }";
        assertThat(check.check(ask, null, JsonValue.EMPTY_JSON_OBJECT, STRANGER)).isEmpty();
        assertThat(check.check(ask, null, JsonValue.EMPTY_JSON_OBJECT, STRANGER)).isPresent();
        String reset = "mutation { resetPassword(token: \"t\", newPassword: \"a new passphrase\") }";
        assertThat(IntStream.range(0, 4)
                .filter(i -> check.check(reset, null, JsonValue.EMPTY_JSON_OBJECT, STRANGER).isEmpty()).count())
                .isEqualTo(2);
    }

    @Test
    void purchasesAreLimitedPerUserAndAliasesCountEachCall() {
        RateLimitCheck check = with(Map.of("cinema.rate-limit.hold-seats-per-minute", "2"));
        EdgeClient user = new EdgeClient("203.0.113.10", "7");
        String twoHolds = "mutation { a: holdSeats(showtimeId: \"1\", seatIds: [\"1\"]) { id }"
                + " b: holdSeats(showtimeId: \"1\", seatIds: [\"2\"]) { id } }";
        assertThat(check.check(twoHolds, null, JsonValue.EMPTY_JSON_OBJECT, user)).isEmpty();
        EdgeRejection refused = check.check(twoHolds, null, JsonValue.EMPTY_JSON_OBJECT, user).orElseThrow();
        assertThat(refused.field()).isEqualTo("holdSeats");
        assertThat(check.check(twoHolds, null, JsonValue.EMPTY_JSON_OBJECT, new EdgeClient("203.0.113.10", "8")))
                .isEmpty();
    }

    @Test
    void configKeysAreKebabCaseAndTheLimitsCanBeSwitchedOff() {
        assertThat(RateLimitCheck.kebab("refreshToken")).isEqualTo("refresh-token");
        assertThat(RateLimitCheck.kebab("holdSeats")).isEqualTo("hold-seats");
        assertThat(RateLimitCheck.kebab("requestPasswordReset")).isEqualTo("request-password-reset");
        RateLimitCheck off = with(Map.of("cinema.rate-limit.enabled", "false",
                "cinema.rate-limit.anonymous-per-minute", "1"));
        IntStream.range(0, 5).forEach(i ->
                assertThat(off.check("{ genres }", null, JsonValue.EMPTY_JSON_OBJECT, STRANGER)).isEmpty());
    }
}
