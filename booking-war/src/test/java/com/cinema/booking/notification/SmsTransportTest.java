package com.cinema.booking.notification;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both SMS providers against the real thing: files on disk, and a JDK HTTP server playing the SMS gateway. */
class SmsTransportTest {

    private static final SmsMessage MESSAGE = new SmsMessage("booking-42.booking_confirmed.sms", "+447700900123",
            "Cinema: booking K7QH2MZP confirmed.");

    private HttpServer gateway;
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final List<Map<String, String>> requests = new ArrayList<>();
    private volatile long delayMillis;

    @AfterEach
    void stopGateway() {
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void theFileProviderWritesOneFilePerMessageWhateverTheRepeats(@TempDir Path folder) throws Exception {
        FileSmsTransport files = new FileSmsTransport(folder.resolve("sms"), "Cinema");

        files.deliver(MESSAGE);
        files.deliver(MESSAGE);

        try (var listed = Files.list(folder.resolve("sms"))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly(
                    "booking-42.booking_confirmed.sms.txt");
        }
        assertThat(Files.readString(files.fileOf(MESSAGE))).contains("To: +447700900123").contains("From: Cinema")
                .contains("Idempotency-Key: booking-42.booking_confirmed.sms").endsWith(MESSAGE.text() + "\n");
    }

    @Test
    void theHttpProviderPostsJsonWithTheIdempotencyKeyAndCredentials() throws Exception {
        HttpSmsTransport http = new HttpSmsTransport(settings(Optional.of("acct"), Optional.empty()));
        statuses.add(202);

        http.deliver(MESSAGE);

        assertThat(requests).hasSize(1);
        Map<String, String> request = requests.get(0);
        assertThat(request.get("Idempotency-Key")).isEqualTo("booking-42.booking_confirmed.sms");
        assertThat(request.get("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("acct:s3cret".getBytes(StandardCharsets.UTF_8)));
        JsonObject body = Json.createReader(new StringReader(request.get("body"))).readObject();
        assertThat(body.getString("to")).isEqualTo("+447700900123");
        assertThat(body.getString("from")).isEqualTo("Cinema");
        assertThat(body.getString("text")).isEqualTo(MESSAGE.text());
        assertThat(body.getString("reference")).isEqualTo(MESSAGE.idempotencyKey());
    }

    @Test
    void aBearerTokenIsSentWhenConfigured() throws Exception {
        HttpSmsTransport http = new HttpSmsTransport(settings(Optional.empty(), Optional.of("tok-123")));
        statuses.add(200);
        http.deliver(MESSAGE);
        assertThat(requests.get(0).get("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void busyOrBrokenGatewaysAreRetriedAndARefusedMessageIsNot() throws Exception {
        HttpSmsTransport http = new HttpSmsTransport(settings(Optional.empty(), Optional.empty()));
        for (int status : new int[] {503, 500, 429, 408}) {
            statuses.add(status);
            assertThatThrownBy(() -> http.deliver(MESSAGE)).as("HTTP " + status).isInstanceOf(IOException.class)
                    .hasMessageContaining("HTTP " + status);
        }
        for (int status : new int[] {400, 401, 403, 422}) {
            statuses.add(status);
            assertThatThrownBy(() -> http.deliver(MESSAGE)).as("HTTP " + status).isInstanceOf(Undeliverable.class)
                    .hasMessageContaining("HTTP " + status).hasMessageContaining("gateway says no");
        }
        assertThat(requests).extracting(r -> r.get("Idempotency-Key")).containsOnly(MESSAGE.idempotencyKey());
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsRetriedLater() throws Exception {
        HttpSmsTransport http = new HttpSmsTransport(settings(Optional.empty(), Optional.empty()));
        delayMillis = 3000;
        statuses.add(200);
        long started = System.nanoTime();
        assertThatThrownBy(() -> http.deliver(MESSAGE)).isInstanceOf(IOException.class)
                .isNotInstanceOf(Undeliverable.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    private SmsSettings settings(Optional<String> user, Optional<String> token) throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        gateway.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> seen = new java.util.HashMap<>();
            seen.put("body", body);
            for (String header : List.of("Idempotency-Key", "Authorization", "Content-Type")) {
                Optional.ofNullable(exchange.getRequestHeaders().getFirst(header)).ifPresent(v -> seen.put(header, v));
            }
            requests.add(seen);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = statuses.isEmpty() ? 200 : statuses.poll();
            byte[] answer = (status / 100 == 2 ? "{\"id\":\"m1\"}" : "gateway says no").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();
        URI url = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        return new SmsSettings(SmsSettings.Provider.HTTP, Path.of("unused"), "Cinema", Optional.of(url), user,
                user.map(u -> "s3cret"), token, Duration.ofSeconds(1));
    }
}
