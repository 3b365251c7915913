package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer closes their own account through the gateway (docs/decisions/0020-closing-an-account.md): not with a
 * wrong password, not while a seat hold is open; then for good: they can no longer sign in, their review stays
 * under "Former customer" with its rating, staff see a closed account without their details, and the address can
 * register again. Staff accounts cannot be closed.
 */
@ExtendWith(PlatformExtension.class)
class AccountClosureIT {

    private static final String PASSWORD = "closing-time-2026";
    private static final String AUTH = "accessToken refreshToken user { id email fullName status }";
    private static final String REGISTER = "mutation($in: RegisterInput!) { register(input: $in) { " + AUTH + " } }";
    private static final String LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { " + AUTH + " } }";
    private static final String REFRESH = "mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }";
    private static final String CLOSE = "mutation($p: String!) { closeAccount(password: $p) }";
    private static final String ME = "{ me { id email fullName } }";
    private static final String REVIEW = "mutation($m: ID!) { addReview(movieId: $m, rating: 4, comment: \"Loved the score\") { id } }";
    private static final String REVIEWS = "query($m: ID!) { movie(id: $m) { reviews(size: 100) { items { id userId authorName rating comment } } } }";
    private static final String RELEASE = "mutation($b: ID!) { releaseHold(bookingId: $b) { id status } }";
    private static final String USERS = "query($s: String) { users(search: $s, size: 100) { total items { id email fullName phone smsOptIn status } } }";

    private final Fixtures fixtures = new Fixtures();
    private final GraphQlHttp gateway = fixtures.gateway;

    private JsonObject register(String email) {
        return Fixtures.data(gateway.post(REGISTER, Map.of("in", Json.createObjectBuilder().add("email", email)
                .add("password", PASSWORD).add("fullName", "Robin Closing").add("phone", "+447700900456").build())),
                "register");
    }

    private JsonObject reviewOf(String movieId, String userId) {
        return Fixtures.data(gateway.post(REVIEWS, Map.of("m", movieId)), "movie").getJsonObject("reviews")
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("userId").equals(userId)).findFirst().orElseThrow();
    }

    @Test
    void aCustomerClosesTheirAccountOnceNothingIsOpenAndIsForgottenEverywhere() {
        String email = "closing-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        JsonObject auth = register(email);
        String userId = auth.getJsonObject("user").getString("id");
        GraphQlHttp customer = gateway.withBearer(auth.getString("accessToken"));
        String movieId = fixtures.demoMovie().getString("id");
        String reviewId = Fixtures.data(customer.post(REVIEW, Map.of("m", movieId)), "addReview").getString("id");
        String showtimeId = fixtures.freshShowtime(1, 3).getString("id");
        String seatId = fixtures.seats(showtimeId).get(0).getString("seatId");
        String holdId = CheckoutIT.hold(customer, showtimeId, List.of(seatId)).getString("id");

        JsonObject wrongPassword = customer.post(CLOSE, Map.of("p", "not-my-password-1"));
        assertThat(GraphQlHttp.firstErrorCode(wrongPassword)).as(wrongPassword.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(wrongPassword)).isEqualTo("password");

        // An open hold: refused, naming it, and nothing anywhere has changed.
        JsonObject stillHolding = customer.post(CLOSE, Map.of("p", PASSWORD));
        assertThat(GraphQlHttp.firstErrorCode(stillHolding)).as(stillHolding.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(stillHolding)).contains("1 seat hold");
        assertThat(Fixtures.data(customer.post(ME), "me").getString("fullName")).isEqualTo("Robin Closing");
        assertThat(reviewOf(movieId, userId).getString("authorName")).isEqualTo("Robin Closing");

        Fixtures.data(customer.post(RELEASE, Map.of("b", holdId)), "releaseHold");
        JsonObject closed = customer.post(CLOSE, Map.of("p", PASSWORD));
        assertThat(GraphQlHttp.dataWithoutErrors(closed).getBoolean("closeAccount")).isTrue();

        // Signed out everywhere, and the address no longer signs in (told exactly as an unknown address is).
        assertThat(GraphQlHttp.firstErrorCode(customer.post(ME))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(REFRESH, Map.of("t", auth.getString("refreshToken")))))
                .isEqualTo("UNAUTHENTICATED");
        JsonObject signIn = gateway.post(LOGIN, Map.of("e", email, "p", PASSWORD));
        JsonObject unknown = gateway.post(LOGIN, Map.of("e", "nobody-" + email, "p", PASSWORD));
        assertThat(GraphQlHttp.firstErrorCode(signIn)).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorMessage(signIn)).isEqualTo(GraphQlHttp.firstErrorMessage(unknown));

        // The review stays, rating and words, without the name.
        JsonObject review = reviewOf(movieId, userId);
        assertThat(review.getString("id")).isEqualTo(reviewId);
        assertThat(review.getString("authorName")).isEqualTo("Former customer");
        assertThat(review.getInt("rating")).isEqualTo(4);
        assertThat(review.getString("comment")).isEqualTo("Loved the score");

        // Staff find no trace of the address or the name; the account shows as closed, without details.
        assertThat(Fixtures.data(fixtures.admin.post(USERS, Map.of("s", email)), "users").getInt("total")).isZero();
        List<JsonObject> closedAccounts = Fixtures.data(fixtures.admin.post(USERS, Map.of("s", "Closed account")), "users")
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject account = closedAccounts.stream().filter(u -> u.getString("id").equals(userId)).findFirst()
                .orElseThrow(() -> new AssertionError("account " + userId + " not among " + closedAccounts));
        assertThat(account.getString("status")).isEqualTo("CLOSED");
        assertThat(account.getString("email")).doesNotContain(email.substring(0, email.indexOf('@')));
        assertThat(account.isNull("phone")).isTrue();
        assertThat(account.getBoolean("smsOptIn")).isFalse();

        // The address is free: a new account, a new id.
        assertThat(register(email).getJsonObject("user").getString("id")).isNotEqualTo(userId);
    }

    @Test
    void staffAccountsCannotBeClosed() {
        JsonObject refused = fixtures.admin.post(CLOSE, Map.of("p", PASSWORD));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(refused)).contains("administrator");
    }
}
