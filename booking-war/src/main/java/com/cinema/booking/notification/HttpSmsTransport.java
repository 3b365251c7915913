package com.cinema.booking.notification;

import jakarta.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A real SMS gateway over HTTP: {@code POST <url>} with {@code {"to","from","text","reference"}} as JSON, the
 * message's {@code Idempotency-Key} header (the same on every attempt, so a gateway that honours it sends a repeat
 * once) and Basic credentials or a bearer token. 2xx is delivered; 408, 425, 429 and 5xx (and no answer within the
 * timeout) are retried through the outbox with its backoff; any other status is the gateway refusing the message
 * itself ({@link Undeliverable}). No retry loop here: the outbox is the only place that retries.
 */
public class HttpSmsTransport implements SmsTransport {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final URI url;
    private final String sender;
    private final Optional<String> authorization;
    private final Duration timeout;
    private final HttpClient http;

    public HttpSmsTransport(SmsSettings settings) {
        this.url = settings.url().orElseThrow();
        this.sender = settings.sender();
        this.timeout = settings.timeout();
        this.authorization = settings.token().map(t -> "Bearer " + t).or(() -> settings.user().map(user ->
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + settings.password().orElse(""))
                        .getBytes(StandardCharsets.UTF_8))));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void deliver(SmsMessage message) throws IOException, InterruptedException, Undeliverable {
        String body = Json.createObjectBuilder().add("to", message.to()).add("from", sender)
                .add("text", message.text()).add("reference", message.idempotencyKey()).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_HEADER, message.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String answer = "SMS gateway answered HTTP " + status + summary(response.body());
        if (retryable(status)) {
            throw new IOException(answer);
        }
        throw new Undeliverable(answer);
    }

    /** Worth another attempt later: the gateway is busy, down or timed out, not refusing the message. */
    static boolean retryable(int status) {
        return status == 408 || status == 425 || status == 429 || status >= 500;
    }

    private static String summary(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return ": " + (line.length() <= 200 ? line : line.substring(0, 200));
    }
}
