package com.cinema.common.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodicTaskTest {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    private final Logger log = Logger.getLogger(PeriodicTaskTest.class.getName());

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void runsAgainAfterAnErrorAndAnExceptionAndLogsEachAsAWarning() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ranAfterBoth = new CountDownLatch(1);
        Recorder warnings = Recorder.on(log);
        PeriodicTask task = PeriodicTask.every(Duration.ZERO, executor, log, "Sweeping test rows", () -> {
            int run = runs.incrementAndGet();
            if (run == 1) {
                throw new OutOfMemoryError("played");
            }
            if (run == 2) {
                throw new IllegalStateException("database away (played)");
            }
            ranAfterBoth.countDown();
        });
        try {
            assertThat(ranAfterBoth.await(10, TimeUnit.SECONDS)).as("a run after the error and the exception").isTrue();
            assertThat(warnings.messages).hasSizeGreaterThanOrEqualTo(2);
            assertThat(warnings.messages.get(0)).startsWith("Sweeping test rows failed; trying again next time")
                    .contains("OutOfMemoryError");
            assertThat(warnings.messages.get(1)).contains("database away");
        } finally {
            PeriodicTask.stop(task);
            log.removeHandler(warnings);
        }
    }

    @Test
    void anIntervalBelowTheShortestRunsAtTheShortestAndStopEndsTheSchedule() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        long started = System.nanoTime();
        PeriodicTask task = PeriodicTask.every(Duration.ZERO, executor, log, "Counting", runs::incrementAndGet);
        Thread.sleep(PeriodicTask.SHORTEST_INTERVAL.toMillis() * 5);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // at most one run per 100 ms, not thousands
        assertThat(runs.get()).isLessThanOrEqualTo((int) (elapsedMillis / PeriodicTask.SHORTEST_INTERVAL.toMillis()));

        PeriodicTask.stop(task);
        assertThat(task.isStopped()).isTrue();
        int afterStop = runs.get();
        Thread.sleep(PeriodicTask.SHORTEST_INTERVAL.toMillis() * 3);
        assertThat(runs.get()).isEqualTo(afterStop);
        PeriodicTask.stop(null); // never started: nothing to do
    }

    /** Collects the warnings a logger publishes. */
    private static final class Recorder extends Handler {
        final java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

        static Recorder on(Logger logger) {
            Recorder recorder = new Recorder();
            logger.addHandler(recorder);
            return recorder;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
                messages.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
