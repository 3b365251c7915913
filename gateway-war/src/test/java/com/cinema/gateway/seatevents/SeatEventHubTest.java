package com.cinema.gateway.seatevents;

import com.cinema.gateway.client.BookingServiceClient;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seat-event streams are capped per client and in all, share a poller per showtime, and go with their client. */
class SeatEventHubTest {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    private final AtomicInteger polls = new AtomicInteger();
    /** Polls of showtime 1 only: the pollers of other showtimes tick on the executor at their own time. */
    private final AtomicInteger pollsOfShowtimeOne = new AtomicInteger();
    private final List<Duration> lags = new java.util.ArrayList<>();
    private SeatEventHub hub;

    @BeforeEach
    void hubWithSmallLimits() {
        hub = new SeatEventHub();
        hub.scheduler = managed(executor);
        hub.bookings = new BookingServiceClient() {
            @Override
            public SeatEventBatch seatEvents(String showtimeId, Integer after) {
                polls.incrementAndGet();
                if ("1".equals(showtimeId)) {
                    pollsOfShowtimeOne.incrementAndGet();
                }
                SeatEventBatch batch = new SeatEventBatch();
                batch.events = List.of();
                return batch;
            }
        };
        // The test drives the polls itself.
        hub.lag = new SeatEventLag(lags::add, java.time.Clock.systemUTC());
        hub.pollInterval = Duration.ofHours(1);
        hub.heartbeatInterval = Duration.ofHours(1);
        hub.probeInterval = Duration.ZERO;
        hub.maxStreamsPerClient = 2;
        hub.maxStreams = 3;
    }

    @AfterEach
    void stop() {
        hub.stop();
        executor.shutdownNow();
    }

    @Test
    void atMostTwoStreamsPerClientAndThreeInAll() {
        hub.subscribe(1, "10.0.0.1", new FakeSink(), new FakeSse(), 0);
        hub.subscribe(2, "10.0.0.1", new FakeSink(), new FakeSse(), 0);

        assertThatThrownBy(() -> hub.subscribe(3, "10.0.0.1", new FakeSink(), new FakeSse(), 0))
                .isInstanceOf(SeatEventHub.TooManyStreams.class)
                .hasMessage("At most 2 seat-event streams may be open at once");
        hub.subscribe(3, "10.0.0.2", new FakeSink(), new FakeSse(), 0);
        assertThatThrownBy(() -> hub.checkRoom("10.0.0.3"))
                .isInstanceOf(SeatEventHub.TooManyStreams.class)
                .hasMessageContaining("as many seat-event streams open as it allows");
        assertThat(hub.openStreams()).isEqualTo(3);
    }

    @Test
    void oneShowtimeOnePollerAndAGoneClientGivesItsPlaceBackAtTheNextTick() {
        FakeSink first = new FakeSink();
        FakeSink second = new FakeSink();
        hub.subscribe(1, "10.0.0.1", first, new FakeSse(), 0);
        hub.subscribe(1, "10.0.0.2", second, new FakeSse(), 0);
        SeatEventHub.Channel channel = hub.channel(1);
        assertThat(channel.subscribers).hasSize(2);
        awaitFirstTick();

        // The client went away: nothing to tell it, but the probe write fails and the stream is dropped.
        first.gone = true;
        hub.poll(channel);
        assertThat(channel.subscribers).hasSize(1);
        assertThat(hub.openStreams()).isEqualTo(1);
        hub.subscribe(2, "10.0.0.1", new FakeSink(), new FakeSse(), 0);

        // The last stream of the showtime goes: its poller stops, and the booking service is not asked.
        second.gone = true;
        int asked = pollsOfShowtimeOne.get();
        hub.poll(channel);
        assertThat(hub.channel(1)).isNull();
        assertThat(pollsOfShowtimeOne.get()).isEqualTo(asked);
        assertThat(hub.openStreams()).isEqualTo(1);
    }

    @Test
    void theIdIsReadAsANumberSoLeadingZerosShareOneShowtime() {
        assertThat(SeatEventsResource.showtimeIdOf("001")).isEqualTo(1);
        assertThat(SeatEventsResource.showtimeIdOf(" 01 ")).isEqualTo(1);
        assertThatThrownBy(() -> SeatEventsResource.showtimeIdOf("abc"))
                .isInstanceOf(WebApplicationException.class)
                .satisfies(e -> assertThat(((WebApplicationException) e).getResponse().getStatus()).isEqualTo(404));
    }

    /** The poller's first tick runs at once on the executor; the test goes on after it. */
    private void awaitFirstTick() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (polls.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(polls.get()).isPositive();
    }

    /** A stream whose writes fail once its client is gone. */
    static final class FakeSink implements SseEventSink {
        volatile boolean gone;
        final List<OutboundSseEvent> sent = new ArrayList<>();
        private boolean closed;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletableFuture<?> send(OutboundSseEvent event) {
            if (gone) {
                return CompletableFuture.failedFuture(new java.io.IOException("broken pipe (played)"));
            }
            sent.add(event);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Builds events that only remember what the hub set. */
    static final class FakeSse implements Sse {
        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            OutboundSseEvent event = (OutboundSseEvent) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {OutboundSseEvent.class}, (proxy, method, args) -> null);
            return (OutboundSseEvent.Builder) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {OutboundSseEvent.Builder.class},
                    (proxy, method, args) -> method.getName().equals("build") ? event : proxy);
        }

        @Override
        public jakarta.ws.rs.sse.SseBroadcaster newBroadcaster() {
            throw new UnsupportedOperationException();
        }
    }

    /** The container's scheduler, played by a plain one (only the ScheduledExecutorService methods are used). */
    private static ManagedScheduledExecutorService managed(ScheduledThreadPoolExecutor executor) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(SeatEventHubTest.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return ScheduledThreadPoolExecutor.class.getMethod(method.getName(), method.getParameterTypes())
                                .invoke(executor, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
