package com.cinema.user.it;

import com.cinema.testing.HttpProbe;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.cinema.user.it.UserServiceCalls.payload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin of a fresh installation (bootstrap/FirstAdmin): the IT server is started with
 * CINEMA_BOOTSTRAP_ADMIN_EMAIL and a password file (user-war/pom.xml). The admin signs in with the file's password;
 * restarting the application neither adds a second account nor touches the first one's password.
 */
@MicroShedTest
class FirstAdminIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final String EMAIL = System.getProperty("user.it.first-admin.email");
    private final UserServiceCalls service = new UserServiceCalls(BASE);

    /** One app_user row: what a restart must leave as it is. */
    private record Account(long id, String passwordHash, String roles) {
    }

    @Test
    void theFirstAdminSignsInAndARestartNeitherAddsOneNorResetsThePassword() throws Exception {
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(2));
        String password = Files.readAllLines(Path.of(System.getProperty("user.it.first-admin.password-file"))).get(0);

        JsonObject admin = payload(service.login(EMAIL, password), "login").getJsonObject("user");
        assertThat(admin.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("ADMIN");
        List<Account> before = accounts();
        assertThat(before).hasSize(1);
        assertThat(before.get(0).roles()).isEqualTo("ADMIN,USER");

        restartTheApplication();

        assertThat(accounts()).as("the same one account, its password hash untouched").isEqualTo(before);
        assertThat(payload(service.login(EMAIL, password), "login").getJsonObject("user").getString("email"))
                .isEqualTo(EMAIL);
    }

    /** Every account with the first admin's address (case aside), with its roles. */
    private static List<Account> accounts() throws SQLException {
        try (Connection db = UserServiceCalls.database();
             PreparedStatement query = db.prepareStatement("SELECT u.id, u.password_hash, r.role FROM app_user u"
                     + " LEFT JOIN user_role r ON r.user_id = u.id WHERE u.email_normalized = ? ORDER BY u.id, r.role")) {
            query.setString(1, EMAIL.toLowerCase(Locale.ROOT));
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String role = rows.getString(3);
                    if (!accounts.isEmpty() && accounts.get(accounts.size() - 1).id() == id) {
                        Account last = accounts.remove(accounts.size() - 1);
                        accounts.add(new Account(id, last.passwordHash(), last.roles() + "," + role));
                    } else {
                        accounts.add(new Account(id, rows.getString(2), role));
                    }
                }
            }
            return accounts;
        }
    }

    /**
     * A second start of the application on the same database: Liberty's application monitor restarts it when its WAR
     * changes. Waits for the restart to be logged (CWWKZ0003I) and for readiness.
     */
    private static void restartTheApplication() throws IOException, InterruptedException {
        Path server = Path.of(System.getProperty("user.it.server.dir"));
        Path log = server.resolve("logs/messages.log");
        long updatesBefore = updates(log);
        Files.setLastModifiedTime(server.resolve("apps/user-war.war"), FileTime.from(Instant.now()));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (updates(log) == updatesBefore) {
            assertThat(Instant.now()).as("the application restarted within two minutes").isBefore(deadline);
            Thread.sleep(250);
        }
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(2));
    }

    private static long updates(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("CWWKZ0003I")).count();
        }
    }
}
