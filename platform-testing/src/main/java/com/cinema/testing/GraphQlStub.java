package com.cinema.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plays another service's GraphQL endpoint for an integration test: an in-process JDK HTTP server answering
 * {@code POST /graphql} by operation, i.e. the name of the request's root field ({@code scheduleUsage},
 * {@code showtimes}, ...). It records every call (operation, variables, headers) for assertions and can be
 * switched to fail (an HTTP status, or a hang past the caller's timeout). Ports: see {@link StubPorts}.
 *
 * <pre>{@code
 * GraphQlStub booking = GraphQlStub.start(StubPorts.port("stub.booking.service.port", StubPorts.MOVIE_BOOKING));
 * booking.on("scheduleUsage", call -> Json.createObjectBuilder().add("futureShowtimes", 0).build());
 * }</pre>
 */
public final class GraphQlStub implements AutoCloseable {

    /** Answers one root field: the value returned becomes {@code data.<operation>}. */
    @FunctionalInterface
    public interface Handler {
        JsonValue answer(Call call);
    }

    /** One request the stub received. Header names are matched case-insensitively. */
    public record Call(String operation, JsonObject variables, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        /** A string variable, or null when it is absent or JSON null. */
        public String variable(String name) {
            return variables.containsKey(name) && !variables.isNull(name) ? variables.getString(name) : null;
        }
    }

    /** Thrown by a handler to answer a GraphQL error (HTTP 200, {@code errors[0].extensions.code}) instead of data. */
    public static final class ErrorAnswer extends RuntimeException {
        private final String code;
        private final JsonObject extensions;

        public ErrorAnswer(String code, String message) {
            this(code, message, JsonValue.EMPTY_JSON_OBJECT);
        }

        /** An error with more {@code extensions} beside its code, e.g. a declined payment's reason. */
        public ErrorAnswer(String code, String message, JsonObject extensions) {
            super(message);
            this.code = code;
            this.extensions = extensions;
        }
    }

    /** How long a hanging request is held at most: past every client timeout the platform configures. */
    private static final Duration HANG_LIMIT = Duration.ofSeconds(60);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "graphql-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int failureStatus;
    private volatile CountDownLatch hang;

    private GraphQlStub(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("stub port " + port + " is taken: see StubPorts for the allocation", e);
        }
        server.setExecutor(executor);
        server.createContext("/graphql", this::serve);
        server.start();
    }

    /** A stub listening on 127.0.0.1 at this port, answering nothing until {@link #on} registers operations. */
    public static GraphQlStub start(int port) {
        return new GraphQlStub(port);
    }

    /** Answers {@code operation} with the handler's value (replacing an earlier handler). */
    public GraphQlStub on(String operation, Handler handler) {
        handlers.put(operation, handler);
        return this;
    }

    /** From now on every request gets this HTTP status and no GraphQL body, until {@link #recover()}. */
    public void failWith(int httpStatus) {
        failureStatus = httpStatus;
    }

    /** From now on every request is held without an answer (past the caller's timeout), until {@link #recover()}. */
    public void hang() {
        hang = new CountDownLatch(1);
    }

    /** Answers normally again; requests still hanging are let go. */
    public void recover() {
        failureStatus = 0;
        releaseHanging();
    }

    /** Every call received so far, in arrival order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one operation. */
    public List<Call> calls(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    /** Forgets the recorded calls (handlers and failure switch stay). */
    public void clearCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        releaseHanging();
        server.stop(0);
        executor.shutdownNow();
    }

    private void releaseHanging() {
        CountDownLatch current = hang;
        hang = null;
        if (current != null) {
            current.countDown();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonObject request;
            try (InputStream in = exchange.getRequestBody(); JsonReader reader = Json.createReader(in)) {
                request = reader.readObject();
            }
            String operation = GraphQlDocuments.rootField(request.getString("query", ""));
            JsonObject variables = request.containsKey("variables") && !request.isNull("variables")
                    ? request.getJsonObject("variables") : JsonValue.EMPTY_JSON_OBJECT;
            Call call = new Call(operation, variables, Map.copyOf(exchange.getRequestHeaders()));
            calls.add(call);

            CountDownLatch hanging = hang;
            if (hanging != null) {
                awaitQuietly(hanging);
                return; // closing the exchange without a response: the caller sees a dropped connection at the latest
            }
            if (failureStatus != 0) {
                exchange.sendResponseHeaders(failureStatus, -1);
                return;
            }
            send(exchange, answer(call));
        }
    }

    private JsonObject answer(Call call) {
        String operation = call.operation();
        Handler handler = handlers.get(operation);
        if (handler == null) {
            return error("INTERNAL", "operation " + operation + " is not played by this stub");
        }
        try {
            JsonValue value = handler.answer(call);
            return Json.createObjectBuilder()
                    .add("data", Json.createObjectBuilder().add(operation, value == null ? JsonValue.NULL : value))
                    .build();
        } catch (ErrorAnswer e) {
            return error(e.code, e.getMessage(), e.extensions);
        } catch (RuntimeException e) {
            // A broken handler is a test bug: say so in the answer instead of dropping the connection.
            return error("INTERNAL", "stub handler for " + operation + " failed: " + e);
        }
    }

    private static JsonObject error(String code, String message) {
        return error(code, message, JsonValue.EMPTY_JSON_OBJECT);
    }

    private static JsonObject error(String code, String message, JsonObject extensions) {
        return Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message)
                .add("extensions", Json.createObjectBuilder(extensions).add("code", code)))).build();
    }

    private static void send(HttpExchange exchange, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(HANG_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
