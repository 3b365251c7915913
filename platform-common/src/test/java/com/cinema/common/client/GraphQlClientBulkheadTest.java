package com.cinema.common.client;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-client bulkhead: a slow service holds at most N of its caller's threads (issue #17). */
class GraphQlClientBulkheadTest {

    private static final GraphQlOperation<Boolean> PING = GraphQlOperation.query("ping", Boolean.class);

    private HttpServer server;
    private final AtomicInteger received = new AtomicInteger();
    private final CountDownLatch twoWaiting = new CountDownLatch(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService callers;

    @BeforeEach
    void slowService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/graphql", exchange -> {
            received.incrementAndGet();
            twoWaiting.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = "{\"data\":{\"ping\":true}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        callers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
        server.stop(0);
    }

    @Test
    void aThirdCallWhileTwoAreInFlightIsRefusedAtOnceWithoutReachingTheService() throws Exception {
        GraphQlClient client = GraphQlClient.connect("movie", "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofSeconds(10), 2);
        List<Future<Boolean>> slow = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            slow.add(callers.submit(() -> client.execute(PING, null)));
        }
        assertThat(twoWaiting.await(10, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.execute(PING, null))
                .isInstanceOf(DownstreamServiceException.class)
                .hasMessageContaining("2 calls already in flight (bulkhead full)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(received.get()).isEqualTo(2);

        // Another client of another service has its own bulkhead.
        GraphQlClient other = GraphQlClient.connect("cinema", "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofSeconds(10), 1);
        Future<Boolean> otherCall = Executors.newSingleThreadExecutor().submit(() -> other.execute(PING, null));

        release.countDown();
        for (Future<Boolean> call : slow) {
            assertThat(call.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(otherCall.get(10, TimeUnit.SECONDS)).isTrue();
        // Places are given back: the client works again.
        assertThat(client.execute(PING, null)).isTrue();
    }

    @Test
    void aBulkheadNeedsAtLeastOnePlace() {
        assertThatThrownBy(() -> GraphQlClient.connect("movie", "http://127.0.0.1:1", Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
