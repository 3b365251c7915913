package com.cinema.booking.domain;

import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Layouts reused within their time, renewed by one request at a time, and kept while the cinema service is down. */
class AuditoriumCacheTest {

    private static final long AUDITORIUM = 7;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final FakeEstate estate = new FakeEstate();
    private final AuditoriumCache cache = new AuditoriumCache();

    AuditoriumCacheTest() {
        cache.estate = estate;
        cache.clock = clock;
        cache.settings = new BookingSettings() {
            @Override
            public Duration auditoriumCacheTtl() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration auditoriumCacheMaxStale() {
                return Duration.ofMinutes(15);
            }
        };
    }

    @Test
    void aLayoutIsReusedWithinItsTimeAndAskedForAgainAfterIt() {
        estate.format = "STANDARD";
        assertThat(cache.get(AUDITORIUM)).map(AuditoriumLayout::format).contains("STANDARD");
        estate.format = "IMAX";
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get(AUDITORIUM)).map(AuditoriumLayout::format).contains("STANDARD");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get(AUDITORIUM)).map(AuditoriumLayout::format).contains("IMAX");
        assertThat(estate.calls).hasValue(2);
    }

    @Test
    void whileTheCinemaServiceCannotAnswerTheLastLayoutStandsIn() {
        cache.get(AUDITORIUM);
        estate.down = true;
        clock.advance(Duration.ofMinutes(10));

        assertThat(cache.get(AUDITORIUM)).map(AuditoriumLayout::id).contains(AUDITORIUM);

        estate.down = false;
        estate.format = "IMAX";
        assertThat(cache.get(AUDITORIUM)).map(AuditoriumLayout::format).contains("IMAX");
    }

    @Test
    void aLayoutOlderThanTheLimitIsNotUsedWhenTheCinemaServiceIsDown() {
        cache.get(AUDITORIUM);
        estate.down = true;
        clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> cache.get(AUDITORIUM)).isInstanceOf(UpstreamUnavailableException.class);
    }

    @Test
    void aLayoutNeverFetchedIsAnErrorWhenTheCinemaServiceIsDown() {
        estate.down = true;

        assertThatThrownBy(() -> cache.get(AUDITORIUM)).isInstanceOf(UpstreamUnavailableException.class);
    }

    @Test
    void anExpiredLayoutIsRenewedByOneRequestWhileTheOthersKeepTheOneTheyHave() throws Exception {
        cache.get(AUDITORIUM);
        clock.advance(Duration.ofSeconds(31));
        estate.gate = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            Future<Optional<AuditoriumLayout>> renewing = requests.submit(() -> cache.get(AUDITORIUM));
            assertThat(estate.entered.await(5, TimeUnit.SECONDS)).as("the renewing request reached the cinema service").isTrue();

            List<Future<Optional<AuditoriumLayout>>> others = List.of(
                    requests.submit(() -> cache.get(AUDITORIUM)), requests.submit(() -> cache.get(AUDITORIUM)),
                    requests.submit(() -> cache.get(AUDITORIUM)), requests.submit(() -> cache.get(AUDITORIUM)));
            for (Future<Optional<AuditoriumLayout>> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).as("answered while the renewal waits").isPresent();
            }
            assertThat(estate.calls).as("one call to the cinema service for the expired layout, after the first").hasValue(2);

            estate.gate.countDown();
            assertThat(renewing.get(5, TimeUnit.SECONDS)).isPresent();
        } finally {
            estate.gate.countDown();
            requests.shutdownNow();
        }
    }

    /** The cinema service: counts calls, can be down, and can hold a call until the test lets it go. */
    private static final class FakeEstate implements CinemaEstate {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(2);
        volatile String format = "STANDARD";
        volatile boolean down;
        volatile CountDownLatch gate;

        @Override
        public Optional<AuditoriumLayout> auditorium(long id) {
            calls.incrementAndGet();
            entered.countDown();
            CountDownLatch waitFor = gate;
            if (waitFor != null) {
                try {
                    waitFor.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (down) {
                throw new UpstreamUnavailableException("cinema", new IllegalStateException("connection refused"));
            }
            return Optional.of(new AuditoriumLayout(id, 1, format, 1, 1,
                    List.of(new AuditoriumLayout.SeatInfo(id * 100, "A1", "A", 1, 0, 0, "STANDARD", false))));
        }

        @Override
        public Optional<String> timeZone(long cinemaId) {
            return Optional.of("UTC");
        }
    }
}
