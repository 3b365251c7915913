package com.cinema.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway's live seat map ({@code GET /api/showtimes/{id}/seat-events}, Server-Sent Events) as a client reads
 * it: opened on construction (200 and {@code text/event-stream} asserted), every complete event put in a queue by
 * a reader thread, closed by {@link #close()}. Used by SeatEventsIT (one gateway) and ReplicaIT (two).
 */
final class SeatEventStream implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One SSE event as received: its {@code id:}, {@code event:} and JSON {@code data:}. */
    record Event(String id, String name, JsonObject data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;

    /** Opens the stream of {@code showtimeId} on {@code gatewayUrl}, resuming after {@code lastEventId} if not null. */
    SeatEventStream(String gatewayUrl, String showtimeId, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/showtimes/" + showtimeId + "/seat-events"))
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(gatewayUrl + " seat-events").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(this::read, "sse-reader-" + showtimeId);
        reader.setDaemon(true);
        reader.start();
    }

    SeatEventStream(String gatewayUrl, String showtimeId) throws Exception {
        this(gatewayUrl, showtimeId, null);
    }

    /** Parses lines into events; a blank line ends one (comments and keep-alives carry no data and are skipped). */
    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, name, Json.createReader(new StringReader(data.toString())).readObject()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed by the test
        }
    }

    /** The next events within the time limit (fewer if they do not come). */
    List<Event> take(int count, Duration within) throws InterruptedException {
        List<Event> taken = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (taken.size() < count) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                break;
            }
            taken.add(event);
        }
        return taken;
    }

    /** The data of the next events within the time limit. */
    List<JsonObject> takeData(int count, Duration within) throws InterruptedException {
        return take(count, within).stream().map(Event::data).toList();
    }

    @Override
    public void close() {
        response.body().close();
    }
}
