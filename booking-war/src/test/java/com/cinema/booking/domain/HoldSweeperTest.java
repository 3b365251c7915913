package com.cinema.booking.domain;

import com.cinema.common.task.PeriodicTask;
import com.cinema.testing.LogRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;

/** The hold sweeper survives any throwable and one poison row never stalls the holds after it (issue #17). */
class HoldSweeperTest {

    private InMemoryBookingService service;
    private long showtimeId;
    private HoldSweeper sweeper;

    @BeforeEach
    void auditoriumWithOneShowtimeAndASweeper() {
        service = new InMemoryBookingService();
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            seats.add(new AuditoriumLayout.SeatInfo(n, "A" + n, "A", n, n - 1, 0, "STANDARD", false));
        }
        service.auditoriums.put(7L, new AuditoriumLayout(7, 3, "STANDARD", 1, 10, seats));
        showtimeId = service.scheduled(7, START.plus(Duration.ofHours(2)), Duration.ofMinutes(120)).getId();
        sweeper = service.sweeper;
    }

    @Test
    void aPoisonRowIsSkippedAndEveryLaterHoldStillExpires() {
        Booking poison = service.holds.hold(41, showtimeId, List.of("1"));
        service.clock.advance(Duration.ofSeconds(1));
        Booking second = service.holds.hold(42, showtimeId, List.of("2"));
        Booking third = service.holds.hold(43, showtimeId, List.of("3"));
        // The oldest hold, read first by every sweep, fails whenever it is freed.
        SeatRelease failing = new SeatRelease() {
            @Override
            public void free(Booking booking, Instant now) {
                if (booking.getId().equals(poison.getId())) {
                    throw new IllegalStateException("poison row (played)");
                }
                super.free(booking, now);
            }
        };
        failing.locks = service.seatLocks;
        failing.events = service.seatEvents;
        failing.holdLocks = service.holdLocks::add;
        failing.waitlist = service.waitlistOffers;
        service.expiry.seats = failing;
        service.clock.advance(HOLD.plusSeconds(5));

        int expired = sweeper.sweep(service.clock.instant());

        assertThat(expired).isEqualTo(2);
        assertThat(second.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(third.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatLocks.holder(showtimeId, 2)).isNull();
        assertThat(service.seatLocks.holder(showtimeId, 3)).isNull();
        assertThat(service.seatLocks.holder(showtimeId, 1)).as("the poison row's seat stays locked")
                .isEqualTo(poison.getId());
    }

    @Test
    void aFailureClosingWaitlistEntriesStillLetsTheSweepCountHoldsAndTheNextSweepClosesThem() {
        long laterShowtime = service.scheduled(7, START.plus(Duration.ofHours(6)), Duration.ofMinutes(120)).getId();
        service.holds.hold(41, showtimeId, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        service.waitlistOffers.join(60, "u60@cinema.test", showtimeId, 1);
        // The first showtime has started, and one hold of the later one runs. Closing the entry meets a deadlock.
        service.clock.advance(Duration.ofHours(3));
        service.holds.hold(61, laterShowtime, List.of("1"));
        service.waitlist.afterRead = () -> {
            throw new IllegalStateException("deadlock (played)");
        };

        try (LogRecorder log = LogRecorder.of(HoldSweeper.class)) {
            sweeper.sweep(service.clock.instant());

            assertThat(log.at(Level.WARNING)).singleElement().satisfies(w -> assertThat(w.getMessage())
                    .startsWith("Closing waitlist entries of started showtimes failed"));
        }
        assertThat(service.metrics.activeHolds).as("the gauge is still refreshed").isEqualTo(1);
        assertThat(service.waitlistOffers.ofCustomer(60, null).get(0).status()).isEqualTo(WaitlistStatus.WAITING);

        sweeper.sweep(service.clock.instant().plusSeconds(1));
        assertThat(service.waitlistOffers.ofCustomer(60, null).get(0).status()).isEqualTo(WaitlistStatus.CLOSED);
    }

    @Test
    void anErrorInOneRunDoesNotEndTheSchedule() throws Exception {
        service.holds.hold(41, showtimeId, List.of("1"));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch expiredAfterTheError = new CountDownLatch(1);
        HoldExpiry throwingOnce = service.wired(new HoldExpiry() {
            @Override
            public int expireRunOut(Instant now) {
                if (runs.incrementAndGet() == 1) {
                    throw new StackOverflowError("played");
                }
                int expired = super.expireRunOut(now);
                if (expired > 0) {
                    expiredAfterTheError.countDown();
                }
                return expired;
            }
        });
        sweeper.expiry = throwingOnce;
        service.clock.advance(HOLD.plusSeconds(1));

        // The way the server runs it: a fixed-delay schedule, which a thrown error would cancel for good.
        ScheduledExecutorService executor = new ScheduledThreadPoolExecutor(1);
        try {
            PeriodicTask task = PeriodicTask.every(Duration.ZERO, executor, Logger.getLogger(HoldSweeperTest.class.getName()),
                    "Sweeping expired holds", () -> sweeper.sweep(service.clock.instant()));
            assertThat(expiredAfterTheError.await(10, TimeUnit.SECONDS)).as("a sweep after the error").isTrue();
            PeriodicTask.stop(task);
        } finally {
            executor.shutdownNow();
        }
        assertThat(runs.get()).isGreaterThan(1);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
    }
}
