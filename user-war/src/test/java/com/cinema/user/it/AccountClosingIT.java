package com.cinema.user.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static com.cinema.user.it.UserServiceCalls.code;
import static com.cinema.user.it.UserServiceCalls.firstError;
import static com.cinema.user.it.UserServiceCalls.payload;
import static com.cinema.user.it.UserServiceCalls.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer closes their own account (right to erasure) through the user service's /graphql: the password is
 * confirmed first, the personal data is gone for good, the address is free again, and staff still see that the
 * account existed. Checked in the IT server's database too (H2, or MariaDB with -Pmysql).
 */
@MicroShedTest
class AccountClosingIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final String PASSWORD = "Popcorn-And-Films-1";
    /** The IT server's cinema.service-auth.secret (the parent pom's it-server-start execution). */
    private static final String SERVICE_SECRET = "integration-test-service-secret";
    private static final String CONFIRM = "mutation($p: String!) { confirmPassword(password: $p) }";
    private static final String CLOSE = "mutation($p: String!) { closeMyAccount(password: $p) }";
    private static final String UPDATE = "mutation($input: ProfileInput) { updateProfile(input: $input) { id } }";
    private static final String PREFERENCES = "query($id: ID!) { contactPreferences(userId: $id) { userId email } }";
    private static final String SEARCH = "query($s: String) { users(search: $s) { total items "
            + UserServiceCalls.USER_FIELDS + " } }";
    private static final String BY_IDS = "query($ids: [String!]!) { usersByIds(ids: $ids) "
            + UserServiceCalls.USER_FIELDS + " }";

    private final UserServiceCalls service = new UserServiceCalls(BASE);

    @BeforeAll
    static void forgetEarlierRuns() {
        UserServiceCalls.forgetLoopbackSignInAttempts();
    }

    @Test
    void confirmPasswordAnswersTrueForTheCurrentPasswordAndValidationOtherwise() {
        JsonObject auth = payload(service.register(uniqueEmail("confirm"), PASSWORD, "Connie Confirm", null), "register");
        String token = auth.getString("accessToken");

        JsonObject right = service.post(token, CONFIRM, Map.of("p", PASSWORD));
        assertThat(GraphQlHttp.dataWithoutErrors(right).getBoolean("confirmPassword")).isTrue();
        assertValidation(service.post(token, CONFIRM, Map.of("p", PASSWORD + "x")), "password");
        assertThat(code(service.post(null, CONFIRM, Map.of("p", PASSWORD)))).isEqualTo("UNAUTHENTICATED");
        // Nothing changed: the password still signs in, and the sign-in still refreshes.
        payload(service.refresh(auth.getString("refreshToken")), "refreshToken");
    }

    @Test
    void wrongPasswordsAreThrottledForTheSignedInAccountAcrossConfirmChangeAndClose() {
        String email = uniqueEmail("guesser");
        JsonObject auth = payload(service.register(email, PASSWORD, "Gus Guesser", null), "register");
        String token = auth.getString("accessToken");
        // cinema.login.max-failures: 5 wrong passwords, counted by one throttle whichever mutation guessed
        for (int i = 0; i < 3; i++) {
            assertValidation(service.post(token, CONFIRM, Map.of("p", "Not-The-Password-" + i)), "password");
        }
        assertValidation(service.post(token, CLOSE, Map.of("p", "Not-The-Password-3")), "password");
        assertValidation(service.post(token, "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, "
                + "newPassword: $n) }", Map.of("c", "Not-The-Password-4", "n", "Brand-New-Secret-9")), "currentPassword");

        assertThat(code(service.post(token, CONFIRM, Map.of("p", PASSWORD)))).isEqualTo("RATE_LIMITED");
        assertThat(code(service.post(token, CLOSE, Map.of("p", PASSWORD)))).isEqualTo("RATE_LIMITED");
        assertThat(payload(service.me(token), "me").getString("status")).as("still open").isEqualTo("ACTIVE");
        // Keyed by the account, not the address: signing in is not held up.
        payload(service.login(email, PASSWORD), "login");
    }

    @Test
    void aWrongPasswordClosesNothing() throws SQLException {
        String email = uniqueEmail("keeper");
        JsonObject auth = payload(service.register(email, PASSWORD, "Kim Keeper", "+447700900321"), "register");
        String token = auth.getString("accessToken");
        String id = auth.getJsonObject("user").getString("id");

        assertValidation(service.post(token, CLOSE, Map.of("p", PASSWORD + "x")), "password");

        JsonObject me = payload(service.me(token), "me");
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getString("fullName")).isEqualTo("Kim Keeper");
        assertThat(me.getString("phone")).isEqualTo("+447700900321");
        assertThat(me.getString("status")).isEqualTo("ACTIVE");
        assertThat(stored(id).get("email_normalized")).isEqualTo(email.toLowerCase(Locale.ROOT));
        payload(service.refresh(auth.getString("refreshToken")), "refreshToken");
        payload(service.login(email, PASSWORD), "login");
    }

    @Test
    void closingErasesThePersonalDataForGoodAndFreesTheAddress() throws SQLException {
        String admin = adminToken();
        String email = uniqueEmail("Eraser");
        String name = "Erin Eraser " + email.substring(7, 15);
        JsonObject auth = payload(service.register(email, PASSWORD, name, "+447700900987"), "register");
        String token = auth.getString("accessToken");
        String id = auth.getJsonObject("user").getString("id");
        payload(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder().add("fullName", name)
                .add("phone", "+447700900987").add("smsOptIn", true).build())), "updateProfile");
        String laptop = payload(service.login(email, PASSWORD), "login").getString("refreshToken");
        // Rows that hold the address or belong to the account: a reset link, a failed sign-in, a wrong confirmation.
        GraphQlHttp.dataWithoutErrors(service.post(null, "mutation($e: String!) { requestPasswordReset(email: $e) }",
                Map.of("e", email)));
        assertThat(code(service.login(email, PASSWORD + "x"))).isEqualTo("UNAUTHENTICATED");
        assertValidation(service.post(token, CONFIRM, Map.of("p", PASSWORD + "x")), "password");
        String address = email.toLowerCase(Locale.ROOT);
        assertThat(count("select count(*) from password_reset where user_id = ?", Long.parseLong(id))).isPositive();
        assertThat(count("select count(*) from login_attempt where email = ?", address)).isPositive();

        JsonObject closed = service.post(token, CLOSE, Map.of("p", PASSWORD));
        assertThat(GraphQlHttp.dataWithoutErrors(closed).getBoolean("closeMyAccount")).isTrue();

        // Stored: placeholders only, nothing that verifies, nothing left that holds the address.
        String placeholder = "closed-" + id + "@closed.invalid";
        Map<String, Object> row = stored(id);
        assertThat(row.get("email")).isEqualTo(placeholder);
        assertThat(row.get("email_normalized")).isEqualTo(placeholder);
        assertThat(row.get("full_name")).isEqualTo("Closed account");
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("sms_opt_in")).isEqualTo(false);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat((String) row.get("password_hash")).doesNotStartWith("$argon2id$");
        assertThat(count("select count(*) from refresh_token where user_id = ? and revoked_at is null",
                Long.parseLong(id))).isZero();
        assertThat(count("select count(*) from password_reset where user_id = ?", Long.parseLong(id))).isZero();
        assertThat(count("select count(*) from login_attempt where email = ?", address)).isZero();

        // The owner: the access token is still valid for minutes, but reaches nothing.
        JsonObject me = firstError(service.me(token));
        assertThat(me.getJsonObject("extensions").getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(me.getString("message")).contains("This account was closed");
        assertThat(code(service.post(token, CONFIRM, Map.of("p", PASSWORD)))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.post(token, UPDATE, Map.of("input", Json.createObjectBuilder()
                .add("fullName", name).add("phone", "+447700900987").build())))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.refresh(auth.getString("refreshToken")))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.refresh(laptop))).as("every sign-in ended").isEqualTo("UNAUTHENTICATED");
        JsonObject oldAddress = firstError(service.login(email, PASSWORD));
        JsonObject unknown = firstError(service.login(uniqueEmail("nobody"), PASSWORD));
        assertThat(oldAddress.getJsonObject("extensions")).isEqualTo(unknown.getJsonObject("extensions"));
        assertThat(oldAddress.getString("message")).isEqualTo(unknown.getString("message"));

        // Staff: the account is listed, as CLOSED, without anything personal.
        JsonObject found = payload(service.post(admin, SEARCH, Map.of("s", placeholder)), "users");
        assertThat(found.getInt("total")).isEqualTo(1);
        JsonObject listed = found.getJsonArray("items").getJsonObject(0);
        assertThat(listed.getString("id")).isEqualTo(id);
        assertThat(listed.getString("status")).isEqualTo("CLOSED");
        assertThat(listed.getString("email")).isEqualTo(placeholder);
        assertThat(listed.getString("fullName")).isEqualTo("Closed account");
        assertThat(listed.isNull("phone")).isTrue();
        assertThat(listed.getBoolean("smsOptIn")).isFalse();
        assertThat(payload(service.post(admin, SEARCH, Map.of("s", name)), "users").getInt("total"))
                .as("the old name finds nothing").isZero();
        JsonObject byId = service.post(admin, BY_IDS, Map.of("ids", Json.createArrayBuilder().add(id).build()));
        assertThat(GraphQlHttp.dataWithoutErrors(byId).getJsonArray("usersByIds").getJsonObject(0).getString("status"))
                .isEqualTo("CLOSED");
        assertThat(byId.toString()).doesNotContain(name).doesNotContain(email).doesNotContain("+447700900987");

        // No booking message goes to it.
        JsonObject preferences = service.post(serviceToken(), PREFERENCES, Map.of("id", id));
        assertThat(GraphQlHttp.dataWithoutErrors(preferences).isNull("contactPreferences")).isTrue();

        // Never reopened or changed, and staff do not close accounts by their status.
        assertThat(code(service.post(admin, "mutation($id: ID!) { setUserStatus(userId: $id, status: \"ACTIVE\") "
                + "{ id } }", Map.of("id", id)))).isEqualTo("CONFLICT");
        assertThat(code(service.post(admin, "mutation($id: ID!) { setUserRole(userId: $id, role: \"ADMIN\", "
                + "granted: true) { id } }", Map.of("id", id)))).isEqualTo("CONFLICT");
        assertThat(stored(id).get("status")).isEqualTo("CLOSED");

        // The address is free: a new account, with another id.
        JsonObject again = payload(service.register(email, PASSWORD, "Erin Again", null), "register");
        assertThat(again.getJsonObject("user").getString("id")).isNotEqualTo(id);
        assertThat(again.getJsonObject("user").getString("email")).isEqualTo(email);
        payload(service.login(email, PASSWORD), "login");
    }

    @Test
    void staffCannotCloseAnAccountByItsStatus() {
        String id = payload(service.register(uniqueEmail("kept"), PASSWORD, "Kat Kept", null), "register")
                .getJsonObject("user").getString("id");

        JsonObject refused = service.post(adminToken(), "mutation($id: ID!) { setUserStatus(userId: $id, "
                + "status: \"CLOSED\") { id } }", Map.of("id", id));

        assertValidation(refused, "status");
    }

    @Test
    void anAdministratorsAccountIsNotClosed() {
        String email = uniqueEmail("staff");
        JsonObject auth = payload(service.register(email, PASSWORD, "Sam Staff", null), "register");
        String id = auth.getJsonObject("user").getString("id");
        GraphQlHttp.dataWithoutErrors(service.post(adminToken(), "mutation($id: ID!) { setUserRole(userId: $id, "
                + "role: \"ADMIN\", granted: true) { id } }", Map.of("id", id)));
        // The token from before the grant says USER only: the stored roles decide.
        String token = auth.getString("accessToken");

        JsonObject refused = firstError(service.post(token, CLOSE, Map.of("p", PASSWORD)));

        assertThat(refused.getJsonObject("extensions").getString("code")).isEqualTo("CONFLICT");
        assertThat(refused.getString("message")).contains("administrator");
        JsonObject me = payload(service.me(token), "me");
        assertThat(me.getString("status")).isEqualTo("ACTIVE");
        assertThat(me.getString("email")).isEqualTo(email);
        payload(service.login(email, PASSWORD), "login");
    }

    private String adminToken() {
        return payload(service.login("admin@cinema.test", "Admin-Demo-2026!"), "login").getString("accessToken");
    }

    private String serviceToken() {
        JsonObject answer = service.post(null, "mutation($s: String!, $k: String!) { serviceToken(service: $s, "
                + "secret: $k) { accessToken } }", Map.of("s", "booking", "k", SERVICE_SECRET));
        return payload(answer, "serviceToken").getString("accessToken");
    }

    private static void assertValidation(JsonObject response, String field) {
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).as(response.toString()).isEqualTo(field);
    }

    /** The account's app_user row, read straight from the IT server's database. */
    private static Map<String, Object> stored(String id) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("select email, "
                + "email_normalized, full_name, phone, sms_opt_in, status, password_hash from app_user where id = ?")) {
            query.setLong(1, Long.parseLong(id));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("user " + id).isTrue();
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), row.getObject(i));
                }
                columns.put("sms_opt_in", row.getBoolean("sms_opt_in"));
                return columns;
            }
        }
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        Connection db = UserServiceCalls.database();
        db.setReadOnly(true);
        return db;
    }
}
