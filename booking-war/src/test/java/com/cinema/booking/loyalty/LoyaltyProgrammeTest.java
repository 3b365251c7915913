package com.cinema.booking.loyalty;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.Ticket;
import com.cinema.booking.domain.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Milestone counting at confirmation and the issue of rewards, against an in-memory ledger whose count of
 * confirmed bookings the test sets (the SQL count and the lock are the adapter's; LoyaltyIT proves them).
 */
class LoyaltyProgrammeTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final long CUSTOMER = 7;

    private final FakeLedger ledger = new FakeLedger();
    private final List<ReachedMilestone> issueCalls = new ArrayList<>();
    private final LoyaltyProgramme programme = new LoyaltyProgramme();
    private int failuresToPlay;
    private long nextBooking = 100;

    @BeforeEach
    void wire() {
        LoyaltySettings settings = new LoyaltySettings();
        settings.milestonesText = "3:PERCENT:10,5:FIXED:500,10:PERCENT:25:1500";
        settings.couponValidity = Duration.ofDays(90);
        settings.issueInterval = Duration.ofSeconds(30);
        settings.retryBase = Duration.ofSeconds(30);
        settings.retryCap = Duration.ofMinutes(30);
        settings.parse();
        programme.settings = settings;
        programme.ledger = ledger;
        programme.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        programme.transactions = new Transactions() {
            @Override
            public <T> T inOne(Supplier<T> work) {
                return work.get();
            }

            @Override
            public <T> T retrying(Supplier<T> work) {
                return work.get();
            }
        };
        programme.coupons = milestone -> {
            issueCalls.add(milestone);
            if (failuresToPlay > 0) {
                failuresToPlay--;
                throw new IllegalStateException("coupon service unavailable");
            }
            return "RWD-" + milestone.userId() + "-" + milestone.milestone();
        };
    }

    /** A booking of the customer in {@code currency} confirmed now: the ledger counts it. */
    private boolean confirm(String currency) {
        ledger.confirmed.merge(CUSTOMER, 1L, Long::sum);
        return programme.confirmed(booking(currency), NOW);
    }

    private Booking booking(String currency) {
        Booking booking = new Booking("AB12CD", CUSTOMER, 9, currency, NOW.plusSeconds(600),
                List.of(new Ticket(500, "C1", "STANDARD", 900)));
        try {
            Field id = Booking.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(booking, nextBooking++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return booking;
    }

    private void cancelOne() {
        ledger.confirmed.merge(CUSTOMER, -1L, Long::sum);
    }

    @Test
    void theThirdFifthAndTenthConfirmedBookingsReachTheirMilestonesOnce() {
        assertThat(confirm("GBP")).isFalse();
        assertThat(confirm("GBP")).isFalse();
        assertThat(confirm("EUR")).as("third").isTrue();
        assertThat(confirm("GBP")).isFalse();
        assertThat(confirm("GBP")).as("fifth").isTrue();
        for (int i = 6; i < 10; i++) {
            assertThat(confirm("GBP")).isFalse();
        }
        assertThat(confirm("GBP")).as("tenth").isTrue();
        assertThat(confirm("GBP")).isFalse();

        assertThat(ledger.rows).extracting(ReachedMilestone::milestone).containsExactly(3, 5, 10);
        ReachedMilestone third = ledger.rows.get(0);
        assertThat(third.bookingId()).isEqualTo(102);
        assertThat(third.currency()).as("the reaching booking's currency").isEqualTo("EUR");
        assertThat(third.discountType()).isEqualTo("PERCENT");
        assertThat(third.value()).isEqualTo(10);
        assertThat(third.couponExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(third.state()).isEqualTo("PENDING");
        assertThat(ledger.rows.get(2).maxDiscountCents()).isEqualTo(1500);
        assertThat(ledger.locks).as("every confirmation counts under the customer's lock").isEqualTo(11);
    }

    @Test
    void cancelledBookingsDoNotCountAndAMilestoneIsNeverReachedTwice() {
        confirm("GBP");
        confirm("GBP");
        cancelOne();
        assertThat(confirm("GBP")).as("two confirmed, one cancelled: the count is 2").isFalse();
        assertThat(confirm("GBP")).as("now three not cancelled").isTrue();
        cancelOne();
        cancelOne();
        confirm("GBP");
        assertThat(confirm("GBP")).as("back at three after cancellations: 3 stays reached once").isFalse();
        assertThat(ledger.rows).extracting(ReachedMilestone::milestone).containsExactly(3);
    }

    @Test
    void progressCountsTowardsTheFirstMilestoneNotReachedAndNeverAsksForFewerThanOneMoreBooking() {
        LoyaltyProgress fresh = programme.progressOf(CUSTOMER);
        assertThat(fresh.confirmedBookings()).isZero();
        assertThat(fresh.tiers()).extracting(t -> t.milestone().count()).containsExactly(3, 5, 10);
        assertThat(fresh.tiers()).noneMatch(LoyaltyProgress.Tier::reached);
        assertThat(fresh.next()).map(Milestone::count).contains(3);
        assertThat(fresh.bookingsToNext()).contains(3L);

        confirm("GBP");
        confirm("GBP");
        assertThat(programme.progressOf(CUSTOMER).bookingsToNext()).contains(1L);
        confirm("GBP");
        LoyaltyProgress third = programme.progressOf(CUSTOMER);
        assertThat(third.tiers()).extracting(LoyaltyProgress.Tier::reached).containsExactly(true, false, false);
        assertThat(third.next()).map(Milestone::type).contains("FIXED");
        assertThat(third.bookingsToNext()).contains(2L);

        // cancellations lower the count, not what was reached
        cancelOne();
        cancelOne();
        assertThat(programme.progressOf(CUSTOMER).next()).map(Milestone::count).contains(5);
        assertThat(programme.progressOf(CUSTOMER).bookingsToNext()).contains(4L);
    }

    @Test
    void aMilestoneAddedBelowTheCountTakesOneMoreBookingAndNoneIsNextOnceAllAreReached() {
        for (int i = 0; i < 4; i++) {
            confirm("GBP");
        }
        programme.settings.milestonesText = "2:PERCENT:5,3:PERCENT:10";
        programme.settings.parse();
        LoyaltyProgress progress = programme.progressOf(CUSTOMER);
        assertThat(progress.next()).map(Milestone::count).as("2 was added after the customer passed it").contains(2);
        assertThat(progress.bookingsToNext()).contains(1L);
        confirm("GBP");
        assertThat(programme.progressOf(CUSTOMER).next()).isEmpty();
        assertThat(programme.progressOf(CUSTOMER).bookingsToNext()).isEmpty();

        programme.settings.milestonesText = "";
        programme.settings.parse();
        assertThat(programme.progressOf(CUSTOMER).tiers()).isEmpty();
        assertThat(programme.progressOf(CUSTOMER).next()).isEmpty();
    }

    @Test
    void noMilestonesConfiguredMeansNothingRecordedAndNoLock() {
        programme.settings.milestonesText = " ";
        programme.settings.parse();
        for (int i = 0; i < 4; i++) {
            assertThat(confirm("GBP")).isFalse();
        }
        assertThat(ledger.rows).isEmpty();
        assertThat(ledger.locks).isZero();
    }

    @Test
    void aFailedIssueIsPostponedAndRetriedUntilIssuedOnce() {
        confirm("GBP");
        confirm("GBP");
        confirm("GBP");
        failuresToPlay = 1;

        assertThat(programme.issueDue(CUSTOMER)).isZero();
        ReachedMilestone postponed = ledger.rows.get(0);
        assertThat(postponed.state()).isEqualTo("PENDING");
        assertThat(postponed.attempts()).isEqualTo(1);
        assertThat(ledger.nextAttempt.get(postponed.id())).isEqualTo(NOW.plusSeconds(30));
        assertThat(programme.issueDue(null)).as("not due yet").isZero();

        ledger.nextAttempt.put(postponed.id(), NOW);
        assertThat(programme.issueDue(null)).isEqualTo(1);
        assertThat(programme.ofCustomer(CUSTOMER)).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo("ISSUED");
            assertThat(m.couponCode()).isEqualTo("RWD-7-3");
        });
        assertThat(programme.issueDue(null)).as("issued: nothing left to do").isZero();
        assertThat(issueCalls).extracting(ReachedMilestone::couponReason).containsExactly("LOYALTY_3", "LOYALTY_3");
    }

    @Test
    void retryPausesDoubleUpToTheCap() {
        LoyaltySettings settings = programme.settings;
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.retryAfter(500)).isEqualTo(Duration.ofMinutes(30));
    }

    /** The loyalty tables in memory; the count of confirmed bookings is what the test says. */
    private static final class FakeLedger implements LoyaltyLedger {
        final Map<Long, Long> confirmed = new HashMap<>();
        final List<ReachedMilestone> rows = new ArrayList<>();
        final Map<Long, Instant> nextAttempt = new HashMap<>();
        int locks;

        @Override
        public void lockCustomer(long userId) {
            locks++;
        }

        @Override
        public long confirmedBookings(long userId) {
            return confirmed.getOrDefault(userId, 0L);
        }

        @Override
        public Set<Integer> recordedMilestones(long userId) {
            return rows.stream().filter(r -> r.userId() == userId).map(ReachedMilestone::milestone)
                    .collect(Collectors.toSet());
        }

        @Override
        public void record(long userId, Milestone milestone, long bookingId, String currency, Instant expiresAt,
                           Instant now) {
            if (!recordedMilestones(userId).contains(milestone.count())) { // the unique key
                long id = rows.size() + 1;
                rows.add(new ReachedMilestone(id, userId, milestone.count(), bookingId, "PENDING", milestone.type(),
                        milestone.value(), milestone.maxDiscountCents(), currency, expiresAt, null, 0, now, null));
                nextAttempt.put(id, now);
            }
        }

        @Override
        public List<ReachedMilestone> ofCustomer(long userId) {
            return rows.stream().filter(r -> r.userId() == userId).toList();
        }

        @Override
        public List<ReachedMilestone> due(Long userId, Instant now, int limit) {
            return rows.stream().filter(r -> !r.issued() && !nextAttempt.get(r.id()).isAfter(now))
                    .filter(r -> userId == null || r.userId() == userId).limit(limit).toList();
        }

        @Override
        public boolean markIssued(long id, String code, Instant now) {
            Optional<ReachedMilestone> row = find(id).filter(r -> !r.issued());
            row.ifPresent(r -> replace(r, new ReachedMilestone(r.id(), r.userId(), r.milestone(), r.bookingId(),
                    "ISSUED", r.discountType(), r.value(), r.maxDiscountCents(), r.currency(), r.couponExpiresAt(),
                    code, r.attempts(), r.reachedAt(), now)));
            return row.isPresent();
        }

        @Override
        public void postpone(long id, Instant next, String error) {
            find(id).filter(r -> !r.issued()).ifPresent(r -> {
                replace(r, new ReachedMilestone(r.id(), r.userId(), r.milestone(), r.bookingId(), r.state(),
                        r.discountType(), r.value(), r.maxDiscountCents(), r.currency(), r.couponExpiresAt(), null,
                        r.attempts() + 1, r.reachedAt(), null));
                nextAttempt.put(id, next);
            });
        }

        private Optional<ReachedMilestone> find(long id) {
            return rows.stream().filter(r -> r.id() == id).findFirst();
        }

        private void replace(ReachedMilestone old, ReachedMilestone updated) {
            rows.set(rows.indexOf(old), updated);
        }
    }
}
