package com.cinema.user.it;

import com.cinema.common.edge.EdgeClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static com.cinema.user.it.UserServiceCalls.code;
import static com.cinema.user.it.UserServiceCalls.payload;
import static com.cinema.user.it.UserServiceCalls.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling that a stranger cannot use to lock the owner out (issue #17): failures count per client address
 * and account and per client address, never per account alone, and the client address the gateway names is believed
 * only with the gateway's own SERVICE token.
 */
@MicroShedTest
class SignInThrottleIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final String PASSWORD = "Popcorn-And-Films-1";
    /** The IT server's cinema.service-auth.secret (the parent pom's it-server-start execution). */
    private static final String SERVICE_SECRET = "integration-test-service-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final UserServiceCalls service = new UserServiceCalls(BASE);

    @BeforeAll
    static void forgetEarlierRuns() {
        UserServiceCalls.forgetLoopbackSignInAttempts();
    }

    @Test
    void aStrangersFailuresHoldUpTheStrangerNotTheOwnerSigningInFromElsewhere() throws Exception {
        String gateway = serviceToken("gateway");
        String email = uniqueEmail("victim");
        payload(service.register(email, PASSWORD, "Vera Victim", null), "register");
        String stranger = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(code(login(email, "Not-The-Password-" + i, gateway, stranger))).isEqualTo("UNAUTHENTICATED");
        }

        assertThat(code(login(email, PASSWORD, gateway, stranger))).as("the stranger's address, even with the password")
                .isEqualTo("RATE_LIMITED");
        JsonObject owner = payload(login(email, PASSWORD, gateway, freshAddress()), "login");
        assertThat(owner.getJsonObject("user").getString("email")).isEqualTo(email);
        assertThat(code(login(email, PASSWORD, gateway, stranger))).as("still held up after the owner signed in")
                .isEqualTo("RATE_LIMITED");
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldUpForEveryAccountOthersAreNot() throws Exception {
        String gateway = serviceToken("gateway");
        String email = uniqueEmail("sprayed");
        payload(service.register(email, PASSWORD, "Sam Sprayed", null), "register");
        String sprayer = freshAddress();
        // cinema.login.max-failures-per-address: 30 failed sign-ins from one address, each to another account
        for (int i = 0; i < 30; i++) {
            assertThat(code(login(uniqueEmail("guess"), PASSWORD, gateway, sprayer))).isEqualTo("UNAUTHENTICATED");
        }

        assertThat(code(login(email, PASSWORD, gateway, sprayer))).isEqualTo("RATE_LIMITED");
        assertThat(payload(login(email, PASSWORD, gateway, freshAddress()), "login").getJsonObject("user")
                .getString("email")).isEqualTo(email);
    }

    @Test
    void theClientAddressHeaderIsBelievedOnlyWithTheGatewaysToken() throws Exception {
        String email = uniqueEmail("forged");
        payload(service.register(email, PASSWORD, "Fred Forged", null), "register");
        // Without the gateway's token the header is ignored: these failures count for this connection's address,
        // however many addresses they claim ...
        for (int i = 0; i < 5; i++) {
            assertThat(code(login(email, "Not-The-Password-" + i, null, freshAddress()))).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(code(service.login(email, PASSWORD))).as("this connection, no header").isEqualTo("RATE_LIMITED");
        assertThat(code(login(email, PASSWORD, null, freshAddress()))).as("a new address claimed, no token")
                .isEqualTo("RATE_LIMITED");
        // ... and another service's token does not make it believed either.
        assertThat(code(login(email, PASSWORD, serviceToken("booking"), freshAddress())))
                .as("a new address claimed with the booking service's token").isEqualTo("RATE_LIMITED");
        // The gateway vouching for an address that failed nothing: the owner signs in.
        assertThat(payload(login(email, PASSWORD, serviceToken("gateway"), freshAddress()), "login")
                .getJsonObject("user").getString("email")).isEqualTo(email);
    }

    /** A benchmarking address (RFC 2544) no earlier run is likely to have used within the window. */
    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static String serviceToken(String service) throws IOException, InterruptedException {
        JsonObject answer = post(null, null, "mutation($s: String!, $k: String!) { serviceToken(service: $s, secret: $k)"
                + " { accessToken } }", Json.createObjectBuilder().add("s", service).add("k", SERVICE_SECRET).build());
        return payload(answer, "serviceToken").getString("accessToken");
    }

    private static JsonObject login(String email, String password, String token, String clientAddress)
            throws IOException, InterruptedException {
        return post(token, clientAddress, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) "
                + UserServiceCalls.AUTH_FIELDS + " }", Json.createObjectBuilder().add("e", email).add("p", password)
                .build());
    }

    private static JsonObject post(String token, String clientAddress, String query, JsonObject variables)
            throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (clientAddress != null) {
            request.header(EdgeClient.FORWARDED_ADDRESS_HEADER, clientAddress);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
