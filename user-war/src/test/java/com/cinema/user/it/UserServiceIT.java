package com.cinema.user.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.cinema.user.it.UserServiceCalls.code;
import static com.cinema.user.it.UserServiceCalls.payload;
import static com.cinema.user.it.UserServiceCalls.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** The user service on its own Liberty server (started by the build): health, schema, roles, storage. */
@MicroShedTest
class UserServiceIT extends DomainServiceContract {

    private static final String PASSWORD = "Popcorn-And-Films-1";
    private final UserServiceCalls service = new UserServiceCalls(BASE);

    @Test
    void schemaOffersTheDesignedTypesAndNeverAPassword() {
        assertThat(fieldsOf("UserPage", "fields")).containsExactlyInAnyOrder("items", "total", "page", "size");
        assertThat(fieldsOf("User", "fields")).containsExactlyInAnyOrder(
                "id", "email", "fullName", "phone", "smsOptIn", "reminders", "roles", "status", "createdAt");
        assertThat(fieldsOf("AuthPayload", "fields")).containsExactlyInAnyOrder(
                "accessToken", "refreshToken", "expiresIn", "user");
        assertThat(fieldsOf("RegisterInput", "inputFields")).containsExactlyInAnyOrder(
                "email", "password", "fullName", "phone");
        assertThat(fieldsOf("ProfileInput", "inputFields")).containsExactlyInAnyOrder("fullName", "phone", "smsOptIn", "reminders");
        assertThat(fieldsOf("Mutation", "fields")).contains("register", "login", "refreshToken", "logout",
                "updateProfile", "changePassword", "confirmPassword", "closeMyAccount", "setUserRole", "setUserStatus");
        assertThat(fieldsOf("Query", "fields")).contains("me", "users", "usersByIds", "contactPreferences");
    }

    @Test
    void usersWithoutATokenAreRefusedWithoutDataOrStackTrace() {
        JsonObject response = graphql.post("{ users(search: \"a\") { items { id email } total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(response.isNull("data")).as(response.toString()).isTrue();
        assertThat(response.toString()).doesNotContain("at com.").doesNotContain("at java.");
        assertThat(code(service.me(null))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aCustomerCannotManageUsers() {
        String token = payload(service.register(uniqueEmail("nosy"), PASSWORD, "Nosy Customer", null), "register")
                .getString("accessToken");

        assertThat(code(service.post(token, "{ users { total } }", Map.of()))).isEqualTo("FORBIDDEN");
        assertThat(code(service.post(token, "mutation { setUserStatus(userId: \"1\", status: \"DISABLED\") { id } }",
                Map.of()))).isEqualTo("FORBIDDEN");
    }

    @Test
    void staffReadTheCustomersOfAPageOfBookingsByIdInTheOrderAskedAndCustomersCannot() {
        String admin = payload(service.login("admin@cinema.test", "Admin-Demo-2026!"), "login").getString("accessToken");
        JsonObject first = payload(service.register(uniqueEmail("first"), PASSWORD, "Fran First", null), "register")
                .getJsonObject("user");
        JsonObject second = payload(service.register(uniqueEmail("second"), PASSWORD, "Sol Second", null), "register")
                .getJsonObject("user");
        String query = "query($ids: [String!]!) { usersByIds(ids: $ids) { id email fullName } }";

        // In the order asked, a repeat once, an unknown id left out.
        JsonObject found = service.post(admin, query, Map.of("ids", Json.createArrayBuilder()
                .add(second.getString("id")).add("999999999").add(first.getString("id")).add(second.getString("id"))
                .build()));
        assertThat(found.getJsonObject("data").getJsonArray("usersByIds").getValuesAs(JsonObject.class))
                .as(found.toString())
                .extracting(u -> u.getString("email") + " " + u.getString("fullName"))
                .containsExactly(second.getString("email") + " Sol Second", first.getString("email") + " Fran First");

        JsonObject bad = service.post(admin, query, Map.of("ids", Json.createArrayBuilder().add("x1").build()));
        assertThat(code(bad)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(bad)).isEqualTo("ids");

        String customer = payload(service.login(first.getString("email"), PASSWORD), "login").getString("accessToken");
        JsonObject refused = service.post(customer, query, Map.of("ids", Json.createArrayBuilder()
                .add(second.getString("id")).build()));
        assertThat(code(refused)).isEqualTo("FORBIDDEN");
        assertThat(refused.toString()).doesNotContain(second.getString("email"));
    }

    @Test
    void staffGrantRolesAndADisabledUserCanNeitherSignInNorRefresh() {
        String admin = payload(service.login("admin@cinema.test", "Admin-Demo-2026!"), "login").getString("accessToken");
        String email = uniqueEmail("disabled");
        JsonObject auth = payload(service.register(email, PASSWORD, "Dee Disabled", null), "register");
        String id = auth.getJsonObject("user").getString("id");

        JsonObject granted = service.post(admin, "mutation($id: ID!) { setUserRole(userId: $id, role: \"ADMIN\", granted: true) "
                + "{ roles } }", Map.of("id", id)).getJsonObject("data").getJsonObject("setUserRole");
        assertThat(granted.getJsonArray("roles").toString()).contains("ADMIN").contains("USER");
        JsonObject disabled = service.post(admin, "mutation($id: ID!) { setUserStatus(userId: $id, status: \"DISABLED\") "
                + "{ status } }", Map.of("id", id)).getJsonObject("data").getJsonObject("setUserStatus");
        assertThat(disabled.getString("status")).isEqualTo("DISABLED");

        assertThat(code(service.login(email, PASSWORD))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.refresh(auth.getString("refreshToken")))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(service.post(admin, "mutation { setUserStatus(userId: \"999999999\", status: \"ACTIVE\") { id } }",
                Map.of()))).isEqualTo("NOT_FOUND");
    }

    @Test
    void storedPasswordsAreSaltedArgon2idHashesNeverThePassword() throws SQLException {
        String first = uniqueEmail("same-a");
        String second = uniqueEmail("same-b");
        payload(service.register(first, PASSWORD, "Sam Same", null), "register");
        payload(service.register(second, PASSWORD, "Sal Same", null), "register");

        List<String> hashes = storedHashes(first, second);

        assertThat(hashes).hasSize(2).allSatisfy(hash -> assertThat(hash)
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD));
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
    }

    /** Read straight from the IT server's database (H2 in AUTO_SERVER mode, or MySQL with -Pmysql). */
    private static List<String> storedHashes(String... emails) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (Connection db = UserServiceCalls.database();
             PreparedStatement query = db.prepareStatement(
                     "select password_hash from app_user where email_normalized = ?")) {
            db.setReadOnly(true);
            for (String email : emails) {
                query.setString(1, email.toLowerCase(Locale.ROOT));
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as(email).isTrue();
                    hashes.add(row.getString(1));
                }
            }
        }
        return hashes;
    }

    private List<String> fieldsOf(String type, String kind) {
        return graphql.post("{ __type(name: \"" + type + "\") { " + kind + " { name } } }")
                .getJsonObject("data").getJsonObject("__type").getJsonArray(kind).getValuesAs(JsonObject.class)
                .stream().map(f -> f.getString("name")).toList();
    }
}
