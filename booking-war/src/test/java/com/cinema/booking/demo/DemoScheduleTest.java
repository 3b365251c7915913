package com.cinema.booking.demo;

import com.cinema.booking.client.MovieRef;
import com.cinema.booking.client.MovieServiceClient;
import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.persistence.SchemaMigrated;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DemoScheduleTest {

    @Test
    void theDemoWeekHasScreeningsOfEachKindOnEachCinemasFirstTwoScreens() {
        assertThat(DemoSchedule.features(0, 0, 0)).containsExactly(ScreeningFeature.RELAXED);
        assertThat(DemoSchedule.features(0, 1, 0)).containsExactly(ScreeningFeature.PARENT_AND_BABY);
        assertThat(DemoSchedule.features(0, 2, 0)).as("every third day an ordinary noon showing").isEmpty();
        assertThat(DemoSchedule.features(0, 0, 2)).containsExactly(ScreeningFeature.SUBTITLED);
        assertThat(DemoSchedule.features(0, 1, 2)).isEmpty();
        assertThat(DemoSchedule.features(1, 5, 1)).containsExactly(ScreeningFeature.AUDIO_DESCRIBED);
        assertThat(DemoSchedule.features(1, 5, 0)).isEmpty();
        assertThat(DemoSchedule.features(2, 0, 0)).as("a third screen shows ordinary screenings").isEmpty();
    }

    @Test
    void pricesFollowTheAuditoriumFormat() {
        assertThat(DemoSchedule.priceOf("STANDARD")).isEqualTo(1100);
        assertThat(DemoSchedule.priceOf("THREE_D")).isEqualTo(1350);
        assertThat(DemoSchedule.priceOf("DOLBY_ATMOS")).isEqualTo(1500);
        assertThat(DemoSchedule.priceOf("IMAX")).isEqualTo(1650);
        assertThat(DemoSchedule.priceOf(null)).isEqualTo(1100);
    }

    @Test
    void currencyFollowsTheCinemasZone() {
        assertThat(DemoSchedule.currencyOf("Europe/London")).isEqualTo("GBP");
        assertThat(DemoSchedule.currencyOf("Europe/Dublin")).isEqualTo("EUR");
        assertThat(DemoSchedule.currencyOf("America/New_York")).isEqualTo("USD");
        assertThat(DemoSchedule.currencyOf(null)).isEqualTo("GBP");
    }

    /**
     * While the movie or cinema service does not answer yet, the week is tried again after the shipped retry
     * interval, and the booking server stays not ready meanwhile. The cinema server starts beside this one, so a
     * long interval left the booking server idle after the cinema server had come up (docs/performance.md, "Start").
     */
    @Test
    void aWeekThatCannotBeMadeYetIsTriedAgainAfterTheShippedRetryInterval() throws IOException {
        Duration shipped = Duration.parse(shippedConfig().getProperty("cinema.booking.demo-schedule.retry-interval"));
        assertThat(shipped).isLessThanOrEqualTo(Duration.ofSeconds(2));

        List<ScheduledCall> calls = new ArrayList<>();
        DemoSchedule schedule = new DemoSchedule();
        schedule.demoData = true;
        schedule.scheduleEnabled = true;
        schedule.retryInterval = shipped;
        schedule.refreshInterval = Duration.ofHours(1);
        schedule.executor = recordingExecutor(calls);
        schedule.movies = new MovieServiceClient() {
            @Override
            public List<MovieRef> nowShowing() {
                throw new IllegalStateException("The movie service is unavailable right now");
            }
        };

        schedule.start(new SchemaMigrated("14"));
        assertThat(calls).singleElement().extracting(ScheduledCall::delayMillis).isEqualTo(0L);

        calls.get(0).task().run();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).delayMillis()).isEqualTo(shipped.toMillis());
        assertThat(schedule.ready()).isFalse();
        assertThat(schedule.progress()).startsWith("waiting: ").contains("movie service is unavailable");
    }

    private record ScheduledCall(Runnable task, long delayMillis) {
    }

    /** An executor that only records what is scheduled (in milliseconds), for the test to run by hand. */
    private static ManagedScheduledExecutorService recordingExecutor(List<ScheduledCall> calls) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(DemoScheduleTest.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("schedule") && args.length == 3 && args[0] instanceof Runnable task) {
                        calls.add(new ScheduledCall(task, ((TimeUnit) args[2]).toMillis((Long) args[1])));
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Properties shippedConfig() throws IOException {
        Properties config = new Properties();
        try (InputStream in = DemoScheduleTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        return config;
    }
}
