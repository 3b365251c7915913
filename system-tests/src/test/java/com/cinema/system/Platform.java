package com.cinema.system;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

/**
 * The whole platform as a newcomer runs it: through the README's {@code ./cinema} script, with its own
 * data (a fresh H2 folder, or databases of its own on MySQL).
 */
final class Platform {

    static final Map<String, Integer> PORTS = Map.of(
            "gateway", 5000, "user", 3012, "movie", 3010, "cinema", 3008,
            "booking", 3007, "payment", 3011, "coupon", 3009);
    /** The gateway's HTTPS port and its management port: its /health and /metrics are not on the public ports. */
    static final int GATEWAY_HTTPS_PORT = 5443;
    static final int GATEWAY_MANAGEMENT_PORT = 5001;
    /** Where each server answers /health and /metrics: the gateway on its management port, a service on its own. */
    static final Map<String, Integer> MANAGEMENT_PORTS = PORTS.entrySet().stream().collect(java.util.stream.Collectors
            .toUnmodifiableMap(Map.Entry::getKey, e -> e.getKey().equals("gateway") ? GATEWAY_MANAGEMENT_PORT : e.getValue()));
    /**
     * Service-to-service TLS for the whole suite (./cinema start's CINEMA_TLS_SERVICES): every domain service also
     * listens on HTTPS (its port + 400) and every caller uses that, so every system test crosses TLS hops.
     */
    static final String TLS_SERVICES = "all";
    static final int TLS_PORT_OFFSET = 400;
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

    /** How many e-mails the booking service wrote to the data folder (no SMTP host) mention the text. */
    long mailFilesMentioning(String text) {
        Path mail = dataDir.resolve("mail");
        if (!Files.isDirectory(mail)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(mail)) {
            return files.filter(f -> f.toString().endsWith(".eml")).filter(f -> contains(f, text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Every file under each platform server's logs folder: messages.log, console.log, trace.log, rolled-over ones and
     * the FFDC incidents and summaries under logs/ffdc (for the "no secrets in logs" checks).
     */
    List<Path> serverLogFiles() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (String server : PORTS.keySet()) {
            Path folder = root.resolve("target/liberty/wlp/usr/servers").resolve(server).resolve("logs");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).forEach(logs::add);
                }
            }
        }
        return logs;
    }

    String gatewayUrl() {
        return "http://localhost:" + PORTS.get("gateway");
    }

    String gatewayHttpsUrl() {
        return "https://localhost:" + GATEWAY_HTTPS_PORT;
    }

    /** The gateway's management port: /health and /metrics. */
    String gatewayManagementUrl() {
        return "http://localhost:" + GATEWAY_MANAGEMENT_PORT;
    }

    /** The key folder the run command uses (CINEMA_KEYS_DIR): JWT keys, secrets, the development TLS certificate. */
    Path keysDir() {
        return root.resolve("target/test-keys");
    }

    /**
     * Fresh data for this run: the run's own MySQL databases dropped, and an empty data folder either way. The folder
     * holds the H2 files and also the e-mails and texts, named by booking id: a MySQL run after an H2 run numbers its
     * bookings from 1 again, and must not find the H2 run's e-mail under its booking's name.
     */
    void resetData() throws IOException, SQLException {
        if (mysql) {
            String url = "jdbc:mysql://" + System.getProperty("mysql.host") + ":" + System.getProperty("mysql.port") + "/";
            try (var connection = DriverManager.getConnection(url, System.getProperty("mysql.user"), mysqlPassword());
                 var statement = connection.createStatement()) {
                for (String database : DATABASES) {
                    statement.execute("DROP DATABASE IF EXISTS " + database + MYSQL_SUFFIX);
                }
            }
        }
        if (Files.exists(dataDir)) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** {@code ./cinema start}: starts whatever is not running and waits until every server is ready. */
    void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    /**
     * {@code ./cinema start} with more environment for the servers it starts now (the ones not running), e.g. one
     * server restarted with an SMTP host of the test's own.
     */
    void start(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = environment(new ProcessBuilder(startCommand()).directory(root.toFile()).inheritIO());
        builder.environment().putAll(environment);
        await(builder, Duration.ofMinutes(6));
    }

    /** {@code ./cinema start <server>...}: starts only the named servers (those not running) and waits until they are ready. */
    void startOnly(String... servers) throws IOException, InterruptedException {
        startOnly(Map.of(), servers);
    }

    /** {@code ./cinema start <server>...} with more environment, e.g. the benchmarks' {@code CINEMA_FULL_JIT=1}. */
    void startOnly(Map<String, String> environment, String... servers) throws IOException, InterruptedException {
        ProcessBuilder builder = environment(new ProcessBuilder(startCommand(servers)).directory(root.toFile()).inheritIO());
        builder.environment().putAll(environment);
        await(builder, Duration.ofMinutes(6));
    }

    /** {@code ./cinema start [--mysql] [server...]} for this platform's database. */
    private List<String> startCommand(String... servers) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("cinema").toString(), "start"));
        if (mysql) {
            command.add("--mysql");
        }
        command.addAll(List.of(servers));
        return command;
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
        return PORTS.keySet().stream().flatMap(this::serverProcesses).map(p -> p.info().commandLine().orElse(""))
                .toList();
    }

    /** The JVM that runs the platform server of this name (one: the platform runs each server once). */
    ProcessHandle serverProcess(String name) {
        List<ProcessHandle> processes = serverProcesses(name).toList();
        if (processes.size() != 1) {
            throw new IllegalStateException(processes.size() + " running " + name + " servers, expected one");
        }
        return processes.get(0);
    }

    /** Where {@code ./cinema start} keeps a server's class-data archive (docs/performance.md, "Start"). */
    Path classArchive(String name) {
        return root.resolve("target/liberty/class-archives").resolve(name + ".jsa");
    }

    /** {@code kill -9} of one server's JVM, as a crash would; returns once the process is gone. */
    void kill(String name) throws Exception {
        List<ProcessHandle> processes = serverProcesses(name).toList();
        if (processes.isEmpty()) {
            throw new IllegalStateException("no running " + name + " server to kill");
        }
        for (ProcessHandle process : processes) {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly stop
            process.onExit().get(1, TimeUnit.MINUTES);
        }
    }

    /** The JVMs (Liberty's ws-server.jar in this install) that run the platform server of this name. */
    private Stream<ProcessHandle> serverProcesses(String name) {
        String wlp = root.resolve("target/liberty/wlp").toString();
        return ProcessHandle.allProcesses().filter(p -> {
            String line = p.info().commandLine().orElse("");
            return line.contains(wlp) && line.contains("ws-server.jar") && line.matches(".*\\s" + name + "(\\s.*)?$");
        });
    }

    static boolean portOpen(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command, Duration limit) throws IOException, InterruptedException {
        await(environment(new ProcessBuilder(command).directory(root.toFile()).inheritIO()), limit);
    }

    private static void await(ProcessBuilder builder, Duration limit) throws IOException, InterruptedException {
        List<String> command = builder.command();
        Process process = builder.start();
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
        builder.environment().put("CINEMA_KEYS_DIR", keysDir().toString());
        builder.environment().put("CINEMA_TLS_SERVICES", TLS_SERVICES);
        // No demo sales at start: the tests count bookings, seats and coupon uses from a known start (DemoSalesIT
        // makes them when it runs).
        builder.environment().put("CINEMA_DEMO_SALES", "0");
        // A one-minute seat hold (10 minutes outside tests), so that a browser test can watch one run out in front of
        // the customer (CheckoutBrowserIT); every hold-then-pay flow of the system tests takes seconds.
        builder.environment().put("CINEMA_BOOKING_HOLD_DURATION", "PT60S");
        // Waitlist offers run 45 s (15 minutes outside tests), so WaitlistIT sees one expire to the next entry. Not
        // shorter: WaitlistBrowserIT must see an offer still running on the seat page after a cancellation, page
        // load and sign-in state on a loaded machine (20 s ran out there in a clean-clone run).
        builder.environment().put("CINEMA_BOOKING_WAITLIST_OFFER_WINDOW", "PT45S");
        // A booking's tickets may be e-mailed again 5 s after the last e-mail with them (2 minutes outside tests), so
        // CheckoutBrowserIT sees a second request refused and, shortly after, staff send another copy.
        builder.environment().put("CINEMA_BOOKING_TICKETS_AGAIN_INTERVAL", "PT5S");
        // CSV exports read 3 rows per call (100 outside tests), so the exports the tests download run on past their
        // first page: the pages after it are read while the answer streams, with the staff member's own token.
        builder.environment().put("CINEMA_REPORTS_CSV_PAGE_SIZE", "3");
        // Every span goes to its server's own log (docs/architecture.md, "Observability"), so ObservabilityIT can
        // see which servers took part in a trace; the batch is written within 200 ms.
        builder.environment().put("OTEL_TRACES_EXPORTER", "logging");
        builder.environment().put("OTEL_BSP_SCHEDULE_DELAY", "200");
        // JSON on the console (logs/console.log; messages.log stays plain) and one line per GraphQL request, so
        // ObservabilityIT finds a request's ext_traceId on every server it crossed.
        builder.environment().put("CONSOLE_FORMAT", "JSON");
        builder.environment().put("CINEMA_LOG_REQUESTS", "true");
        // Every system test calls from this machine: rate limits sized for a whole suite from one address, and the
        // loopback address trusted as a proxy so EdgeAttacksIT can act as other clients (X-Forwarded-For).
        builder.environment().put("CINEMA_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "100000");
        builder.environment().put("CINEMA_RATE_LIMIT_USER_PER_MINUTE", "100000");
        for (String operation : List.of("LOGIN", "REGISTER", "REFRESH_TOKEN", "REQUEST_PASSWORD_RESET", "RESET_PASSWORD",
                "HOLD_SEATS", "CHECKOUT")) {
            builder.environment().put("CINEMA_RATE_LIMIT_" + operation + "_PER_MINUTE", "10000");
        }
        builder.environment().put("CINEMA_RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_MINUTE", "100");
        // The user service's sign-in throttle per address across accounts: tests without X-Forwarded-For all sign in as
        // the loopback address, and GraphQlFuzzIT's failed sign-ins must not hold up the tests after it.
        builder.environment().put("CINEMA_LOGIN_MAX_FAILURES_PER_ADDRESS", "100000");
        builder.environment().put("CINEMA_EDGE_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1");
        // Production's default (./cinema start turns introspection on for development): EdgeAttacksIT checks it.
        builder.environment().put("CINEMA_GRAPHQL_INTROSPECTION", "false");
        // Crash recovery within a test's minute (CheckoutRecoveryIT): the reconciler settles a checkout left
        // unfinished after 10 s (2 minutes outside tests), and the payment service fails a charge whose server died
        // before capturing it after 20 s; both look every 3 s. Longer than any checkout in flight takes here.
        builder.environment().put("CINEMA_BOOKING_RECONCILE_AFTER", "PT10S");
        builder.environment().put("CINEMA_BOOKING_RECONCILE_INTERVAL", "PT3S");
        builder.environment().put("CINEMA_PAYMENT_PENDING_TIMEOUT", "PT20S");
        builder.environment().put("CINEMA_PAYMENT_PENDING_SWEEP_INTERVAL", "PT3S");
        // SMS (issue #21) through the HTTP provider to the fake gateway SmsNotificationsIT runs on this port; quick
        // retries so its 503-then-200 takes seconds. Nothing listens there otherwise: only its customers opt in.
        builder.environment().put("CINEMA_SMS_PROVIDER", "http");
        builder.environment().put("CINEMA_SMS_HTTP_URL", "http://127.0.0.1:" + SmsNotificationsIT.GATEWAY_PORT
                + SmsNotificationsIT.GATEWAY_PATH);
        builder.environment().put("CINEMA_SMS_HTTP_TOKEN", "system-test-sms-token");
        builder.environment().put("CINEMA_SMS_HTTP_TIMEOUT", "PT2S");
        builder.environment().put("CINEMA_SMS_BACKOFF_BASE", "PT1S");
        builder.environment().put("CINEMA_SMS_BACKOFF_CAP", "PT2S");
        // The outbox sends every second (every 5 s outside tests), so the tests that wait for an e-mail or a text, or
        // for a retry of one, wait seconds less each time.
        builder.environment().put("CINEMA_NOTIFICATIONS_SEND_INTERVAL", "PT1S");
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
