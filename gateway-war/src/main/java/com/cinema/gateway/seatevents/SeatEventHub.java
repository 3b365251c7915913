package com.cinema.gateway.seatevents;

import com.cinema.gateway.client.BookingServiceClient;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live seat events for every open stream of this gateway. Events come from the booking service's database
 * ({@code seatEvents(showtimeId, after)}), never from this process's memory, so a change made through any
 * booking or gateway replica reaches every stream. One poller per showtime with open streams fans each event
 * out to all of that showtime's streams; when the last stream of a showtime goes, its poller stops.
 * Streams are keyed by the showtime's numeric id, so {@code 1}, {@code 01} and {@code 001} share one poller.
 *
 * <p>Limits (issue #17): at most {@code cinema.gateway.seat-events.max-streams-per-client} streams per client
 * address and {@code max-streams} in all on this gateway; one more is {@link TooManyStreams}. A stream whose
 * client has gone is noticed at the latest one {@code probe-interval} later (a comment is written to every stream
 * idle that long, on the poller's tick, whether or not the booking service answers), its place is given back and
 * a showtime left without streams stops its poller.
 */
@ApplicationScoped
public class SeatEventHub {

    private static final Logger LOG = Logger.getLogger(SeatEventHub.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    BookingServiceClient bookings;

    @Inject
    SeatEventLag lag;

    @Inject
    @ConfigProperty(name = "cinema.gateway.seat-events.poll-interval", defaultValue = "PT0.5S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "cinema.gateway.seat-events.heartbeat-interval", defaultValue = "PT15S")
    Duration heartbeatInterval;

    @Inject
    @ConfigProperty(name = "cinema.gateway.seat-events.max-streams-per-client", defaultValue = "8")
    int maxStreamsPerClient;

    @Inject
    @ConfigProperty(name = "cinema.gateway.seat-events.max-streams", defaultValue = "500")
    int maxStreams;

    @Inject
    @ConfigProperty(name = "cinema.gateway.seat-events.probe-interval", defaultValue = "PT2S")
    Duration probeInterval;

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    /** Open streams per client address, and in all; guarded by this. */
    private final Map<String, Integer> streamsPerClient = new HashMap<>();
    private int streams;
    private ScheduledFuture<?> heartbeat;

    /** A client, or this gateway, has as many streams open as allowed. */
    public static final class TooManyStreams extends RuntimeException {
        TooManyStreams(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Refuses at once when the client could not open one more stream, before anyone is asked about the
     * showtime; {@link #subscribe} checks again when it takes the place.
     */
    public synchronized void checkRoom(String client) {
        if (streams >= maxStreams) {
            throw new TooManyStreams("This server has as many seat-event streams open as it allows; try again shortly");
        }
        if (streamsPerClient.getOrDefault(client, 0) >= maxStreamsPerClient) {
            throw new TooManyStreams("At most " + maxStreamsPerClient + " seat-event streams may be open at once");
        }
    }

    /**
     * Adds a stream for a showtime; it receives every event with a sequence above {@code after}.
     * The caller has checked that the showtime exists.
     */
    public void subscribe(long showtimeId, String client, SseEventSink sink, Sse sse, int after) {
        Subscriber subscriber = new Subscriber(sink, sse, after, client);
        synchronized (this) {
            checkRoom(client);
            streamsPerClient.merge(client, 1, Integer::sum);
            streams++;
        }
        // A first comment sends the response headers at once, so clients see the stream is open.
        if (subscriber.send(sse.newEventBuilder().comment("seat events of showtime " + showtimeId).build())) {
            register(String.valueOf(showtimeId), subscriber);
        } else {
            release(subscriber);
        }
    }

    /** Drops a stream whose client has gone and gives its place back; true when it was dropped. */
    private boolean gone(Subscriber subscriber) {
        if (!subscriber.closed()) {
            return false;
        }
        release(subscriber);
        return true;
    }

    private synchronized void release(Subscriber subscriber) {
        if (subscriber.released) {
            return;
        }
        subscriber.released = true;
        streams--;
        streamsPerClient.computeIfPresent(subscriber.client, (client, open) -> open > 1 ? open - 1 : null);
    }

    /** Streams open on this gateway now (for tests and the logs). */
    synchronized int openStreams() {
        return streams;
    }

    /** The showtime's channel, if it has open streams. */
    Channel channel(long showtimeId) {
        return channels.get(String.valueOf(showtimeId));
    }

    private synchronized void register(String showtimeId, Subscriber subscriber) {
        Channel channel = channels.computeIfAbsent(showtimeId, Channel::new);
        channel.subscribers.add(subscriber);
        if (channel.poller == null) {
            long every = Math.max(50, pollInterval.toMillis());
            channel.poller = scheduler.scheduleWithFixedDelay(() -> poll(channel), 0, every, TimeUnit.MILLISECONDS);
        }
        if (heartbeat == null) {
            long every = Math.max(1000, heartbeatInterval.toMillis());
            heartbeat = scheduler.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void poll(Channel channel) {
        try {
            // Writing to idle streams is the only way to learn that their client has gone.
            long now = System.nanoTime();
            for (Subscriber subscriber : channel.subscribers) {
                if (now - subscriber.lastSent >= probeInterval.toNanos()) {
                    subscriber.send(subscriber.sse.newEventBuilder().comment("keep-alive").build());
                }
            }
            channel.subscribers.removeIf(this::gone);
            if (channel.subscribers.isEmpty()) {
                closeIfIdle(channel);
                return;
            }
            int after = channel.subscribers.stream().mapToInt(s -> s.cursor).min().orElse(0);
            SeatEventBatch batch = bookings.seatEvents(channel.showtimeId, after);
            if (batch == null || batch.events == null) {
                return;
            }
            List<SeatEvent> events = batch.events.stream().sorted(Comparator.comparingInt(e -> e.sequence)).toList();
            lag.observe(events);
            for (Subscriber subscriber : channel.subscribers) {
                for (SeatEvent event : events) {
                    if (event.sequence > subscriber.cursor) {
                        if (!subscriber.send(toSse(subscriber.sse, event))) {
                            break;
                        }
                        subscriber.cursor = event.sequence;
                    }
                }
            }
            channel.subscribers.removeIf(this::gone);
        } catch (RuntimeException e) {
            // The booking service is down or slow: streams stay open and the next tick asks again.
            LOG.log(Level.FINE, "seat events of showtime " + channel.showtimeId + " not polled", e);
        }
    }

    void heartbeat() {
        for (Channel channel : channels.values()) {
            for (Subscriber subscriber : channel.subscribers) {
                subscriber.send(subscriber.sse.newEventBuilder().comment("keep-alive").build());
            }
            channel.subscribers.removeIf(this::gone);
            if (channel.subscribers.isEmpty()) {
                closeIfIdle(channel);
            }
        }
    }

    private synchronized void closeIfIdle(Channel channel) {
        if (channel.subscribers.isEmpty() && channels.remove(channel.showtimeId, channel) && channel.poller != null) {
            channel.poller.cancel(false);
        }
    }

    static OutboundSseEvent toSse(Sse sse, SeatEvent event) {
        String data = Json.createObjectBuilder()
                .add("seatId", String.valueOf(event.seatId))
                .add("label", String.valueOf(event.label))
                .add("status", String.valueOf(event.status))
                .add("sequence", event.sequence)
                .build().toString();
        return sse.newEventBuilder()
                .id(String.valueOf(event.sequence))
                .name("seat")
                .data(data)
                .build();
    }

    @PreDestroy
    synchronized void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        for (Channel channel : channels.values()) {
            if (channel.poller != null) {
                channel.poller.cancel(false);
            }
            channel.subscribers.forEach(Subscriber::close);
        }
        channels.clear();
        streamsPerClient.clear();
        streams = 0;
    }

    /** The open streams of one showtime and its poller. */
    static final class Channel {

        final String showtimeId;
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        volatile ScheduledFuture<?> poller;

        Channel(String showtimeId) {
            this.showtimeId = showtimeId;
        }
    }

    /** One client's stream and the last sequence it has been sent. */
    static final class Subscriber {

        final SseEventSink sink;
        final Sse sse;
        final String client;
        volatile int cursor;
        volatile long lastSent = System.nanoTime();
        /** Its place among the open streams was given back; guarded by the hub. */
        boolean released;
        private volatile boolean failed;

        Subscriber(SseEventSink sink, Sse sse, int cursor, String client) {
            this.sink = sink;
            this.sse = sse;
            this.cursor = cursor;
            this.client = client;
        }

        boolean closed() {
            return failed || sink.isClosed();
        }

        /** Sends one event; false (and the stream is dropped) when the client has gone. */
        synchronized boolean send(OutboundSseEvent event) {
            if (closed()) {
                return false;
            }
            try {
                sink.send(event).toCompletableFuture().get(5, TimeUnit.SECONDS);
                lastSent = System.nanoTime();
                return true;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                failed = true;
                close();
                return false;
            }
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
