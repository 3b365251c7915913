package com.cinema.payment.domain;

import com.cinema.payment.persistence.PaymentRepository;
import com.cinema.payment.persistence.Transactions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment sweeper's schedule survives any throwable (issue #17), as the server runs it. */
class PendingPaymentSweeperTest {

    @Test
    void anErrorInOneRunDoesNotEndTheSchedule() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch sweptAfterTheError = new CountDownLatch(1);
        PendingPaymentSweeper sweeper = new PendingPaymentSweeper();
        sweeper.transactions = new Transactions() {
            @Override
            public <T> T run(Supplier<T> work) {
                if (runs.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("played");
                }
                return work.get();
            }
        };
        sweeper.payments = new PaymentRepository() {
            @Override
            public int failPendingOlderThan(Instant cutoff, DeclineReason reason, Instant now) {
                sweptAfterTheError.countDown();
                return 0;
            }
        };
        sweeper.settings = new PaymentSettings() {
            @Override
            public Duration pendingTimeout() {
                return Duration.ofMinutes(5);
            }
        };
        sweeper.metrics = new PaymentMetrics() {
            @Override
            public void interrupted(int count) {
            }
        };

        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
        try {
            ScheduledFuture<?> task = executor.scheduleWithFixedDelay(sweeper::sweepSafely, 0, 10, TimeUnit.MILLISECONDS);
            assertThat(sweptAfterTheError.await(10, TimeUnit.SECONDS)).as("a sweep after the error").isTrue();
            assertThat(task.isDone()).isFalse();
        } finally {
            executor.shutdownNow();
        }
        assertThat(runs.get()).isGreaterThan(1);
    }
}
