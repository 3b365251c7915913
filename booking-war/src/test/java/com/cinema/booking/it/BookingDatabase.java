package com.cinema.booking.it;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The test server's booking database as it stands now, read with SQL: on MySQL/MariaDB (the mysql profile passes
 * {@code it.db.url}) over JDBC; on H2 a copy of the server's database file (the server holds the file's lock; it
 * writes every commit at once, WRITE_DELAY=0, so the copy holds everything committed before it was taken). Read only:
 * for checks of columns that no API shows, such as the e-mail addresses kept for notices.
 */
final class BookingDatabase implements AutoCloseable {

    private static final String H2_NAME = "booking_db";

    private final Connection connection;
    private final Path copy;
    private final boolean mysql;

    private BookingDatabase(Connection connection, Path copy, boolean mysql) {
        this.connection = connection;
        this.copy = copy;
        this.mysql = mysql;
    }

    /** The database as it stands now. */
    static BookingDatabase now() {
        String url = System.getProperty("it.db.url", "");
        try {
            if (url.startsWith("jdbc:mysql:")) {
                String password = System.getProperty("it.db.password", "");
                return new BookingDatabase(DriverManager.getConnection(url, System.getProperty("it.db.user", "root"),
                        password.startsWith("${") ? "" : password), null, true);
            }
            Path server = Path.of(System.getProperty("it.server.dir", "target/liberty/wlp/usr/servers/booking-it"));
            Path copy = Files.createTempDirectory("booking-db-copy");
            Files.copy(server.resolve("data").resolve(H2_NAME + ".mv.db"), copy.resolve(H2_NAME + ".mv.db"));
            // The server's own credentials (cinema-persistence.xml's defaults) and settings.
            return new BookingDatabase(DriverManager.getConnection("jdbc:h2:file:" + copy.resolve(H2_NAME)
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "cinema", "cinema"), copy, false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the booking test database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a query, each column by its lower-case label. */
    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                                result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** "table.column" of every text column of the database that holds {@code text} in any row. */
    List<String> textColumnsContaining(String text) {
        List<Map<String, Object>> columns = rows(mysql
                ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = database() AND "
                        + "LOWER(data_type) IN ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext', 'enum', 'set', "
                        + "'json')"
                // H2 names the types in upper case, or in lower case with DATABASE_TO_LOWER.
                : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND "
                        + "LOWER(data_type) IN ('character', 'character varying', 'character large object', "
                        + "'varchar_ignorecase', 'json')");
        if (columns.stream().noneMatch(c -> "booking".equalsIgnoreCase((String) c.get("table_name"))
                && "customer_email".equalsIgnoreCase((String) c.get("column_name")))) {
            throw new IllegalStateException("no text column booking.customer_email among " + columns);
        }
        String quote = mysql ? "`" : "\"";
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = ((String) column.get("table_name")).toLowerCase(java.util.Locale.ROOT);
            String name = ((String) column.get("column_name")).toLowerCase(java.util.Locale.ROOT);
            Number found = (Number) rows("SELECT COUNT(*) AS found FROM " + quote + table + quote + " WHERE " + quote
                    + name + quote + " LIKE ?", "%" + text + "%").get(0).get("found");
            if (found.longValue() > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // read only: nothing to lose
        }
        if (copy != null) {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temporary copy left behind
            }
        }
    }
}
