package com.cinema.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One more replica of a platform server, next to the platform the suite started: a server of its own in the
 * platform's Liberty install ({@code target/liberty/wlp/usr/servers/<name>}), made from the original's
 * configuration and WAR, started with Liberty's own {@code server} command on another port with the environment
 * given, stopped and removed by {@link #close()}.
 */
final class ReplicaServer implements AutoCloseable {

    /** What a server's folder holds besides runtime output (logs, workarea): its configuration and application. */
    private static final List<String> CONFIGURATION = List.of("server.xml", "server.env", "jvm.options",
            "bootstrap.properties", "apps", "configDropins", "resources");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path wlp;
    private final String name;
    private final int port;
    private boolean started;

    private ReplicaServer(Path wlp, String name, int port) {
        this.wlp = wlp;
        this.name = name;
        this.port = port;
    }

    /** Creates server {@code name} as a copy of the platform's server {@code original}; nothing is started yet. */
    static ReplicaServer copyOf(Platform platform, String original, String name, int port) throws IOException {
        Path wlp = platform.root().resolve("target/liberty/wlp");
        Path source = wlp.resolve("usr/servers").resolve(original);
        Path target = wlp.resolve("usr/servers").resolve(name);
        if (!Files.isRegularFile(source.resolve("server.xml"))) {
            throw new IllegalStateException("no platform server " + original + " to copy at " + source);
        }
        deleteTree(target); // left over from an aborted run
        for (String entry : CONFIGURATION) {
            Path from = source.resolve(entry);
            if (Files.exists(from)) {
                copyTree(from, target.resolve(entry));
            }
        }
        return new ReplicaServer(wlp, name, port);
    }

    String url() {
        return "http://localhost:" + port;
    }

    String name() {
        return name;
    }

    /** Where it answers /health: a gateway replica on the port after its HTTP port, a service on its own. */
    private int managementPort() {
        return Files.exists(wlp.resolve("usr/servers").resolve(name).resolve("apps/gateway-war.war")) ? port + 1 : port;
    }

    /** {@code server start <name>} with these environment variables (plus HTTP_PORT). */
    void start(Map<String, String> environment) throws IOException, InterruptedException {
        if (Platform.portOpen(port)) {
            throw new IllegalStateException("port " + port + " for replica " + name + " is already in use");
        }
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true)
                .redirectOutput(wlp.resolve("usr/servers").resolve(name).resolve("start.out").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", String.valueOf(port));
        // A gateway replica: HTTPS and management (health) ports of its own, beside the platform gateway's.
        builder.environment().put("HTTPS_PORT", String.valueOf(port + 2));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort()));
        Process process = builder.start();
        started = true;
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("server start " + name + " failed; see " + messagesLog());
        }
    }

    /** Waits until {@code /health/ready} answers 200. */
    void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + managementPort() + "/health/ready"))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("replica " + name + " not ready within " + limit + "; see " + messagesLog());
    }

    Path messagesLog() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    /** Stops the server (if it was started) and removes its folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (started) {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!stop.waitFor(2, TimeUnit.MINUTES)) {
                stop.destroyForcibly();
                throw new IllegalStateException("server stop " + name + " did not finish");
            }
            started = false;
        }
        deleteTree(wlp.resolve("usr/servers").resolve(name));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                if (from.relativize(path).startsWith("expanded")) {
                    continue; // apps/expanded: Liberty's unpacked copy of a WAR, made again at start
                }
                Path destination = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
