package com.cinema.system;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as a newcomer runs it: through the README's {@code ./cinema} script, with its own
 * data (a fresh H2 folder, or databases of its own on MySQL).
 */
final class Platform {

    static final Map<String, Integer> PORTS = Map.of(
            "gateway", 5000, "user", 3012, "movie", 3010, "cinema", 3008,
            "booking", 3007, "payment", 3011, "coupon", 3009);
    static final List<String> DATABASES = List.of("user_db", "movie_db", "cinema_db", "booking_db", "payment_db", "coupon_db");
    private static final String MYSQL_SUFFIX = "_st";

    private final Path root = Path.of(System.getProperty("platform.root"));
    private final Path dataDir = Path.of(System.getProperty("platform.data.dir"));
    private final boolean mysql = Boolean.getBoolean("platform.mysql");

    /** The repository root (the run command and the Liberty install live below it). */
    Path root() {
        return root;
    }

    /** Where the run keeps its H2 files and, without an SMTP host, its e-mails (mail/*.eml). */
    Path dataDir() {
        return dataDir;
    }

    String gatewayUrl() {
        return "http://localhost:" + PORTS.get("gateway");
    }

    /** Fresh data for this run: an empty H2 folder, or the run's own MySQL databases dropped. */
    void resetData() throws IOException, SQLException {
        if (mysql) {
            String url = "jdbc:mysql://" + System.getProperty("mysql.host") + ":" + System.getProperty("mysql.port") + "/";
            try (var connection = DriverManager.getConnection(url, System.getProperty("mysql.user"), mysqlPassword());
                 var statement = connection.createStatement()) {
                for (String database : DATABASES) {
                    statement.execute("DROP DATABASE IF EXISTS " + database + MYSQL_SUFFIX);
                }
            }
        } else if (Files.exists(dataDir)) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** {@code ./cinema start}: starts whatever is not running and waits until every server is ready. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("cinema").toString(), "start"));
        if (mysql) {
            command.add("--mysql");
        }
        run(command, Duration.ofMinutes(6));
    }

    /** {@code ./cinema start} expected to fail: returns what it printed. */
    String startExpectingFailure() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("cinema").toString(), "start"));
        ProcessBuilder builder = environment(new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() == 0) {
            throw new IllegalStateException("./cinema start was expected to fail but did not: " + output);
        }
        return output;
    }

    /** {@code ./cinema stop}. */
    void stop() throws IOException, InterruptedException {
        run(List.of("bash", root.resolve("cinema").toString(), "stop"), Duration.ofMinutes(3));
    }

    /** Stops one server directly with Liberty's own command, as an operator or a crash would. */
    void stopServer(String name) throws IOException, InterruptedException {
        run(List.of(root.resolve("target/liberty/wlp/bin/server").toString(), "stop", name), Duration.ofMinutes(2));
    }

    /** Command lines of live processes that run one of the platform's servers (not the -it test servers). */
    List<String> runningServerProcesses() {
        String wlp = root.resolve("target/liberty/wlp").toString();
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(wlp) && line.contains("ws-server.jar"))
                .filter(line -> PORTS.keySet().stream().anyMatch(name -> line.matches(".*\\s" + name + "(\\s.*)?$")))
                .toList();
    }

    static boolean portOpen(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Process process = environment(new ProcessBuilder(command).directory(root.toFile()).inheritIO()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + limit);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
    }

    private ProcessBuilder environment(ProcessBuilder builder) {
        builder.environment().put("CINEMA_SKIP_BUILD", "1");
        builder.environment().put("CINEMA_DATA_DIR", dataDir.toString());
        // The build's test key pair, so tests can mint tokens the servers trust (and forge ones they must not).
        builder.environment().put("CINEMA_KEYS_DIR", root.resolve("target/test-keys").toString());
        if (mysql) {
            builder.environment().put("MYSQL_HOST", System.getProperty("mysql.host"));
            builder.environment().put("MYSQL_PORT", System.getProperty("mysql.port"));
            builder.environment().put("MYSQL_USER", System.getProperty("mysql.user"));
            builder.environment().put("MYSQL_PASSWORD", mysqlPassword());
            builder.environment().put("MYSQL_DB_SUFFIX", MYSQL_SUFFIX);
        }
        return builder;
    }

    private static String mysqlPassword() {
        String password = System.getProperty("mysql.password", "");
        return password.startsWith("${") ? "" : password;
    }
}
