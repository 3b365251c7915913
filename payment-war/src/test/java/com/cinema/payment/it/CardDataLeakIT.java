package com.cinema.payment.it;

import com.cinema.testing.AtRestText;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.card;
import static com.cinema.payment.it.PaymentCalls.errorExtensions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After charges with every test card (and a few invalid numbers), no full card number is in the payment-it
 * server's log files nor in any text column of its database. Each search first finds something it must find
 * (the charges' own log lines and idempotency keys), so an empty search cannot pass by accident.
 */
@MicroShedTest
class CardDataLeakIT {

    private static final String BASE = BaseUrl.get();
    private static final Path SERVER = Path.of(System.getProperty("it.server.dir", "target/liberty/wlp/usr/servers/payment-it"));
    private static final List<String> NUMBERS = List.of("4242424242424242", "4000000000000002", "4000000000009995",
            "4000000000000119", "5555555555554444", "378282246310005", "4242424242424241");

    @Test
    void noFullCardNumberReachesTheLogsOrTheDatabase() throws Exception {
        PaymentCalls customer = Customers.customer(BASE);
        List<String> keys = new ArrayList<>();
        List<String> paymentIds = new ArrayList<>();
        for (String number : NUMBERS) {
            String key = newKey();
            keys.add(key);
            JsonObject response = customer.charge(card(number, newBookingId(), 1000, "GBP", key));
            JsonObject payment = PaymentCalls.paymentOf(response, "charge");
            String id = payment != null ? payment.getString("id") : errorExtensions(response).getString("paymentId", null);
            if (id != null) {
                paymentIds.add(id);
            }
        }
        assertThat(paymentIds).hasSize(NUMBERS.size() - 1); // the last number fails the Luhn check: no row

        String logs = eventually(SERVER.resolve("logs"), this::logText,
                text -> paymentIds.stream().allMatch(id -> text.contains("Payment " + id + " ")));
        assertThat(paymentIds).allSatisfy(id -> assertThat(logs).contains("Payment " + id + " "));
        assertThat(NUMBERS).allSatisfy(number -> assertThat(logs).doesNotContain(number));

        String database = eventually(SERVER, this::databaseText, text -> keys.stream().limit(6).allMatch(text::contains));
        assertThat(keys.subList(0, 6)).allSatisfy(key -> assertThat(database).contains(key));
        assertThat(NUMBERS).allSatisfy(number -> assertThat(database).doesNotContain(number));
    }

    /** Every log file of the server (messages, console, FFDC, trace) as one text. */
    private String logText(Path logs) {
        try (Stream<Path> files = Files.walk(logs)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(AtRestText.of(file)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * On MySQL/MariaDB every text column of every table; on H2 the database file itself, byte for byte
     * (the server holds the file open, and every column is in it), less H2's own hex bookkeeping (AtRestText).
     */
    private String databaseText(Path server) {
        String url = System.getProperty("it.db.url", "");
        if (url.startsWith("jdbc:mysql:")) {
            return mysqlTextColumns(url);
        }
        try (Stream<Path> files = Files.walk(server.resolve("data"))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("payment_db")).toList()) {
                text.append(AtRestText.of(file));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mysqlTextColumns(String url) {
        String password = System.getProperty("it.db.password", "");
        try (Connection db = DriverManager.getConnection(url, System.getProperty("it.db.user", "root"),
                password.startsWith("${") ? "" : password)) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("select table_name, column_name from information_schema.columns"
                    + " where table_schema = database() and data_type in ('char', 'varchar', 'text', 'tinytext',"
                    + " 'mediumtext', 'longtext', 'enum', 'set', 'json')");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertThat(columns).extracting(c -> c[0] + "." + c[1]).contains("payment.idempotency_key", "payment.card_last4");
            StringBuilder text = new StringBuilder();
            for (String[] column : columns) {
                try (PreparedStatement select = db.prepareStatement("select `" + column[1] + "` from `" + column[0] + "`");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        text.append(rows.getString(1)).append('\n');
                    }
                }
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as soon as it shows what must be there (files are written a moment after the answer), or after 15 s. */
    private static String eventually(Path where, java.util.function.Function<Path, String> read, Predicate<String> complete)
            throws InterruptedException {
        String text = read.apply(where);
        for (int i = 0; i < 60 && !complete.test(text); i++) {
            Thread.sleep(250);
            text = read.apply(where);
        }
        return text;
    }
}
