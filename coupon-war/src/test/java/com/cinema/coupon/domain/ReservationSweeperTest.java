package com.cinema.coupon.domain;

import com.cinema.testing.LogRecorder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The time-out sweeper keeps going past rows that fail, and no throwable escapes a scheduled run. */
class ReservationSweeperTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** A ledger with reservations 1..count due, of which {@code failing} throw when released. */
    private static final class FakeLedger extends CouponLedger {
        final List<Long> dueIds;
        final Set<Long> failing;
        final Set<Long> released = new HashSet<>();
        final List<Instant> dueBys = new ArrayList<>();

        FakeLedger(long count, Set<Long> failing) {
            this.dueIds = LongStream.rangeClosed(1, count).boxed().toList();
            this.failing = failing;
        }

        @Override
        public List<Long> due(Instant dueBy, long afterId, int limit) {
            dueBys.add(dueBy);
            return dueIds.stream().filter(id -> id > afterId).limit(limit).toList();
        }

        @Override
        public boolean releaseIfDue(long reservationId, Instant dueBy, Instant now) {
            if (failing.contains(reservationId)) {
                throw new StackOverflowError("a bad row");  // an Error, not only exceptions
            }
            return released.add(reservationId);
        }
    }

    private static ReservationSweeper sweeper(FakeLedger ledger) {
        ReservationSweeper sweeper = new ReservationSweeper();
        sweeper.ledger = ledger;
        sweeper.settings = new CouponSettings();
        sweeper.settings.releaseGrace = Duration.ofSeconds(90);
        sweeper.metrics = new CouponMetrics() {
            @Override
            public void released() {
                // no registry in a unit test
            }
        };
        return sweeper;
    }

    @Test
    void failingRowsAreSkippedAndEveryOtherDueRowIsReleased() {
        // The whole first batch fails: walking by id still reaches the rows after it.
        Set<Long> failing = new HashSet<>(LongStream.rangeClosed(1, 100).boxed().toList());
        failing.add(150L);
        FakeLedger ledger = new FakeLedger(250, failing);

        int released;
        List<LogRecord> warnings;
        try (LogRecorder log = LogRecorder.of(ReservationSweeper.class)) {
            released = sweeper(ledger).sweep(NOW);
            warnings = log.at(Level.WARNING);
        }

        assertThat(released).isEqualTo(149);
        assertThat(warnings).as("one warning per failing row, naming it").hasSize(101)
                .allSatisfy(w -> assertThat(w.getThrown()).isInstanceOf(StackOverflowError.class));
        assertThat(warnings.get(100).getMessage()).startsWith("Could not release timed-out coupon reservation 150;");
        assertThat(ledger.released).hasSize(149).doesNotContain(1L, 100L, 150L).contains(101L, 149L, 151L, 250L);
        assertThat(ledger.dueBys).as("due means expired longer than the grace ago")
                .containsOnly(NOW.minus(Duration.ofSeconds(90)));
    }
}
