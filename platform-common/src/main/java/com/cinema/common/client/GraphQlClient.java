package com.cinema.common.client;

import com.cinema.common.error.ApiExceptions;
import com.cinema.common.error.ErrorCode;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.common.observability.TracePropagation;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Semaphore;

/**
 * Sends {@link GraphQlOperation}s to one service's {@code /graphql} endpoint and reads the answers with JSON-B
 * straight into the operation's result type.
 *
 * <p>Why not the SmallRye typesafe client: it reflects over every object of every answer and throws (and fills in
 * the stack trace of) a {@code NoSuchMethodException} for each public field without a getter, which cost the gateway
 * most of its throughput (docs/decisions/0005-graphql-client-on-json-b.md). Here the document is rendered once per
 * operation and JSON-B keeps its own model of each class.
 *
 * <p>Errors: an error the caller caused ({@code NOT_FOUND}, {@code VALIDATION}, ...) comes back as the same typed
 * {@code ApiException}, and so does the service's own {@code UPSTREAM_UNAVAILABLE} (it answered; a service behind
 * it did not); anything else (HTTP failure, timeout, {@code INTERNAL}) is a {@link DownstreamServiceException},
 * which Fault Tolerance counts against the service.
 * Timeouts, retries and circuit breakers belong to the typed client class that uses this, not here.
 *
 * <p>Bulkhead: each client lets at most {@code cinema.services.<service>.max-concurrent-calls} (default
 * {@code cinema.services.max-concurrent-calls}, else {@value #DEFAULT_MAX_CONCURRENT_CALLS}) exchanges run at
 * once; one more is refused at once as a {@link DownstreamServiceException}, so a slow service cannot take
 * every request thread of its caller. It is here, not a {@code @Bulkhead}, because Fault Tolerance keeps one
 * bulkhead per method and this limit is per downstream client, whatever operation it sends.
 */
public final class GraphQlClient {

    /** One connection pool and one JSON-B context for every service a server calls. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            // Liberty 26.0.0.3 hangs on a cleartext HTTP/2 upgrade (README, known platform quirks).
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            // https:// service URLs: the server's configured truststore (service-to-service TLS).
            .sslContext(ServiceTrust.sslContext())
            .build();
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Clock CLOCK = Clock.systemUTC();
    /** Headers this client sets itself, which a call's own headers never replace. */
    private static final List<String> OWN_HEADERS = List.of("content-type", "accept", "authorization",
            RequestDeadline.HEADER.toLowerCase(Locale.ROOT));

    /** Exchanges one client runs at once unless configured otherwise. */
    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 64;

    private final String service;
    private final URI endpoint;
    private final Duration requestTimeout;
    private final int maxConcurrentCalls;
    private final Semaphore inFlight;

    private GraphQlClient(String service, URI endpoint, Duration requestTimeout, int maxConcurrentCalls) {
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("max-concurrent-calls of the " + service + " client must be at least 1");
        }
        this.service = service;
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.inFlight = new Semaphore(maxConcurrentCalls);
    }

    /**
     * @param service        the service's name as people know it, for messages ("movie")
     * @param serviceUrl     its base URL, e.g. {@code http://localhost:3010}; {@code /graphql} is added
     * @param requestTimeout a last-resort bound on one HTTP exchange; the caller's {@code @Timeout} is the real one
     */
    public static GraphQlClient connect(String service, String serviceUrl, Duration requestTimeout) {
        return connect(service, serviceUrl, requestTimeout, configuredMaxConcurrentCalls(service));
    }

    /** Like {@link #connect(String, String, Duration)}, with the bulkhead's size given. */
    public static GraphQlClient connect(String service, String serviceUrl, Duration requestTimeout,
                                        int maxConcurrentCalls) {
        String base = serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
        return new GraphQlClient(service, URI.create(base + "/graphql"), requestTimeout, maxConcurrentCalls);
    }

    /** MicroProfile Config (env CINEMA_SERVICES_<SERVICE>_MAX_CONCURRENT_CALLS or CINEMA_SERVICES_MAX_CONCURRENT_CALLS). */
    private static int configuredMaxConcurrentCalls(String service) {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException | ServiceConfigurationError noConfig) {
            return DEFAULT_MAX_CONCURRENT_CALLS; // plain unit tests run without a Config implementation
        }
        return config.getOptionalValue("cinema.services." + service + ".max-concurrent-calls", Integer.class)
                .or(() -> config.getOptionalValue("cinema.services.max-concurrent-calls", Integer.class))
                .orElse(DEFAULT_MAX_CONCURRENT_CALLS);
    }

    /**
     * Runs the operation and returns its root field's value (null when the service answers null).
     *
     * @param authorization the caller's Authorization header to pass on, or null for a public call
     * @param arguments     the argument values in the order the operation declares them (null leaves one out)
     */
    public <T> T execute(GraphQlOperation<T> operation, String authorization, Object... arguments) {
        return executeWithHeaders(operation, authorization, Map.of(), arguments);
    }

    /**
     * Like {@link #execute}, with headers of the call's own (the gateway vouching for the client address of a
     * sign-in, for one); they never replace Content-Type, Accept or Authorization.
     */
    public <T> T executeWithHeaders(GraphQlOperation<T> operation, String authorization, Map<String, String> headers,
                                    Object... arguments) {
        if (!inFlight.tryAcquire()) {
            throw new DownstreamServiceException(service, operation.field() + " refused: " + maxConcurrentCalls
                    + " calls already in flight (bulkhead full)");
        }
        try {
            return exchange(operation, authorization, headers, arguments);
        } finally {
            inFlight.release();
        }
    }

    private <T> T exchange(GraphQlOperation<T> operation, String authorization, Map<String, String> headers,
                           Object... arguments) {
        Request body = new Request(operation.document(), operation.variables(arguments));
        // The request's deadline travels with the call, and nobody waits past it (RequestDeadline).
        Duration timeout = requestTimeout;
        Optional<Instant> deadline = RequestDeadline.current();
        Duration left = null;
        if (deadline.isPresent()) {
            left = RequestDeadline.remaining(deadline.get(), CLOCK);
            if (left.toMillis() <= 0) {
                // Not the service's failure: an ApiException, which no circuit breaker counts and no retry repeats.
                throw new UpstreamUnavailableException(service, new DownstreamServiceException(service,
                        operation.field() + " not sent: the request's deadline had passed"));
            }
            timeout = left.compareTo(timeout) < 0 ? left : timeout;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body), StandardCharsets.UTF_8));
        if (authorization != null && !authorization.isBlank()) {
            request.header("Authorization", authorization);
        }
        headers.forEach((name, value) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        if (left != null) {
            request.header(RequestDeadline.HEADER, Long.toString(left.toMillis()));
        }
        // W3C traceparent: the called service's spans join this request's trace (Liberty does not instrument
        // the JDK HttpClient itself).
        TracePropagation.inject(request);
        HttpResponse<InputStream> response = send(request.build(), operation);
        try (InputStream answer = response.body()) {
            if (response.statusCode() != 200 && !isJson(response)) {
                throw new DownstreamServiceException(service, operation.field() + " answered HTTP "
                        + response.statusCode());
            }
            Envelope<T> envelope = JSON.fromJson(answer, operation.envelopeType());
            if (envelope.errors != null && !envelope.errors.isEmpty()) {
                throw failure(operation, envelope.errors.get(0));
            }
            return envelope.data == null ? null : envelope.data.get(operation.field());
        } catch (IOException e) {
            throw new DownstreamServiceException(service, operation.field() + ": " + e, e);
        } catch (jakarta.json.bind.JsonbException e) {
            throw new DownstreamServiceException(service, operation.field() + " gave an unreadable answer: "
                    + e.getMessage(), e);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request, GraphQlOperation<?> operation) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DownstreamServiceException(service, operation.field() + ": " + e, e);
        } catch (InterruptedException e) {
            // Fault Tolerance interrupts a call that ran past its @Timeout.
            Thread.currentThread().interrupt();
            throw new DownstreamServiceException(service, operation.field() + " was interrupted", e);
        }
    }

    private RuntimeException failure(GraphQlOperation<?> operation, Error error) {
        Map<String, Object> extensions = error.extensions == null ? Map.of() : error.extensions;
        String code = stringOf(extensions.get("code"));
        String message = error.message == null ? "" : error.message;
        if (ErrorCode.UPSTREAM_UNAVAILABLE.name().equals(code)) {
            // Counted against this service, a dependency's outage opened every caller's breaker in front of it
            // and kept it open after the dependency was back (issue #16's holds run, docs/performance.md).
            return UpstreamUnavailableException.reportedBy(message);
        }
        return ApiExceptions.callerError(code, message, stringOf(extensions.get("field")), extensions)
                .<RuntimeException>map(callerError -> callerError)
                .orElseGet(() -> new DownstreamServiceException(service,
                        operation.field() + " failed: " + (code == null ? "" : code + " ") + message));
    }

    private static String stringOf(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean isJson(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").map(type -> type.contains("json")).orElse(false);
    }

    @Override
    public String toString() {
        return "GraphQlClient[" + service + " " + endpoint + "]";
    }

    /** The body of a GraphQL request over HTTP (public fields: JSON-B writes them as they are). */
    public static final class Request {
        public String query;
        public Map<String, Object> variables;

        public Request() {
        }

        Request(String query, Map<String, Object> variables) {
            this.query = query;
            this.variables = variables;
        }
    }

    /** A GraphQL answer: {@code data} by root field, and errors. */
    public static final class Envelope<T> {
        public Map<String, T> data;
        public List<Error> errors;
    }

    /** One GraphQL error: its message and extensions ({@code code}, {@code field}, ...). */
    public static final class Error {
        public String message;
        public Map<String, Object> extensions;
    }
}
