package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ErrorCode;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.SeatUnavailableException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hold rules with in-memory ports and a clock the test moves: no server, no database. */
class SeatHoldsTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;

    private InMemoryBookingService service;
    private long showtimeId;

    @BeforeEach
    void auditoriumWithOneShowtimeInTwoHours() {
        service = new InMemoryBookingService();
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            seats.add(new AuditoriumLayout.SeatInfo(n, "A" + n, "A", n, n - 1, 0, "STANDARD", n == 12));
        }
        seats.add(new AuditoriumLayout.SeatInfo(21, "B1", "B", 1, 0, 1, "VIP", false));
        // Seat rules off: these tests hold single seats anywhere (the rules have SeatRulesHoldTest).
        service.auditoriums.put(7L, new AuditoriumLayout(7, 3, "STANDARD", 2, 12, seats, false));
        showtimeId = service.scheduled(7, START.plus(Duration.ofHours(2)), Duration.ofMinutes(120)).getId();
    }

    @Test
    void holdLocksEverySeatPricedPerTypeUntilTheHoldTimeIsUp() {
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("1", "21"));

        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(booking.getUserId()).isEqualTo(ALICE);
        assertThat(booking.getHoldExpiresAt()).isEqualTo(START.plus(HOLD));
        assertThat(booking.getTickets()).extracting(t -> t.getSeatLabel() + ":" + t.getPriceCents())
                .containsExactly("A1:1000", "B1:1400");
        assertThat(booking.getTotalCents()).isEqualTo(2400);
        assertThat(booking.getCode()).hasSize(8);
        assertThat(service.seatLocks.holder(showtimeId, 1)).isEqualTo(booking.getId());
        assertThat(service.seatLocks.holder(showtimeId, 21)).isEqualTo(booking.getId());
        assertThat(service.seatEvents.described()).containsExactly("A1:HELD", "B1:HELD");
        assertThat(service.metrics.created).isEqualTo(1);
    }

    @Test
    void oneTakenSeatRefusesTheWholeHoldAndNothingIsHeld() {
        Booking first = service.holds.hold(ALICE, showtimeId, List.of("2"));

        assertThatThrownBy(() -> service.holds.hold(BOB, showtimeId, List.of("3", "2", "4")))
                .isInstanceOf(SeatUnavailableException.class)
                .hasMessage("At least one of the seats is no longer available; nothing was held");

        assertThat(service.bookings.rows.values()).containsExactly(first);
        assertThat(service.seatLocks.holder(showtimeId, 3)).isNull();
        assertThat(service.seatLocks.holder(showtimeId, 4)).isNull();
        assertThat(service.seatEvents.described()).containsExactly("A2:HELD");
        assertThat(service.metrics.conflicts).isEqualTo(1);
    }

    @Test
    void aSeatSeenTakenIsRefusedBeforeTheHoldWritesAnything() {
        Booking first = service.holds.hold(ALICE, showtimeId, List.of("5"));
        int transactionsBefore = service.transactions.begun.get();

        assertThatThrownBy(() -> service.holds.hold(BOB, showtimeId, List.of("6", "5")))
                .isInstanceOf(SeatUnavailableException.class);

        // Only the first read ran: no booking was inserted and rolled back, no expiry was looked for.
        assertThat(service.transactions.begun.get()).isEqualTo(transactionsBefore + 1);
        assertThat(service.metrics.conflicts).isEqualTo(1);
        Booking next = service.holds.hold(BOB, showtimeId, List.of("6"));
        assertThat(next.getId()).isEqualTo(first.getId() + 1);
    }

    @Test
    void aFirstHoldRegistersTheCustomerInATransactionOfItsOwnAndLaterHoldsWriteNoRegistration() {
        int transactionsBefore = service.transactions.begun.get();
        Booking first = service.holds.hold(ALICE, showtimeId, List.of("1"));

        // First read, the hold finding no quota lock row (rolled back), the registration, the hold again.
        assertThat(service.transactions.begun.get()).isEqualTo(transactionsBefore + 4);
        assertThat(service.customerHolds.registrations).isEqualTo(1);
        assertThat(service.customerHolds.locked).containsExactly(ALICE);
        assertThat(first.getStatus()).isEqualTo(BookingStatus.HELD);

        int afterFirst = service.transactions.begun.get();
        Booking second = service.holds.hold(ALICE, showtimeId, List.of("2"));
        assertThat(service.transactions.begun.get()).as("first read and hold only").isEqualTo(afterFirst + 2);
        assertThat(service.customerHolds.registrations).isEqualTo(1);
        assertThat(second.getId()).isEqualTo(first.getId() + 1);
    }

    @Test
    void lockWaitsGivenUpInTheFirstReadAreRefusedAsInDemand() {
        service.transactions.failAfter(0, 100);
        assertThatThrownBy(() -> service.holds.hold(ALICE, showtimeId, List.of("1")))
                .isInstanceOf(SeatUnavailableException.class).hasMessageContaining("in demand");
        service.transactions.failAfter(0, 0);
        assertThat(service.bookings.rows).isEmpty();
        assertThat(service.metrics.conflicts).isEqualTo(1);
    }

    @Test
    void atMostTenSeatsAndEachOnlyOnce() {
        List<String> eleven = new ArrayList<>();
        for (int n = 1; n <= 11; n++) {
            eleven.add(String.valueOf(n));
        }
        assertSeatIdsRefused(() -> service.holds.hold(ALICE, showtimeId, eleven), "must name at most 10 seats");
        assertSeatIdsRefused(() -> service.holds.hold(ALICE, showtimeId, List.of("1", "1")), "must not name a seat twice");

        Booking ten = service.holds.hold(ALICE, showtimeId, eleven.subList(0, 10));
        assertThat(ten.getTickets()).hasSize(10);
    }

    @Test
    void blockedAndUnknownSeatsAreRefusedAndNothingIsHeld() {
        assertSeatIdsRefused(() -> service.holds.hold(ALICE, showtimeId, List.of("1", "12")),
                "seat A12 is blocked and cannot be sold");
        assertSeatIdsRefused(() -> service.holds.hold(ALICE, showtimeId, List.of("1", "99")),
                "seat 99 is not in this showtime's auditorium");
        assertThat(service.seatLocks.holder(showtimeId, 1)).isNull();
    }

    @Test
    void noHoldsOnceTheShowtimeStartsNorForCancelledOrUnknownShowtimes() {
        service.clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(service.holds.hold(ALICE, showtimeId, List.of("1")).getStatus()).isEqualTo(BookingStatus.HELD);

        service.clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> service.holds.hold(BOB, showtimeId, List.of("2")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has already started");

        long later = service.scheduled(7, START.plus(Duration.ofHours(6)), Duration.ofMinutes(90)).getId();
        service.schedule.cancel(later);
        assertThatThrownBy(() -> service.holds.hold(BOB, later, List.of("2")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is cancelled");
        assertThatThrownBy(() -> service.holds.hold(BOB, 999, List.of("2"))).isInstanceOf(NotFoundException.class);
        assertThat(service.bookings.rows).hasSize(1);
    }

    @Test
    void sweeperExpiresHoldsWhoseTimeIsUpAndFreesTheirSeats() {
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("5", "6"));

        service.clock.advance(HOLD.minusMillis(1));
        assertThat(service.expiry.expireRunOut(service.clock.instant())).isZero();
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);

        service.clock.advance(Duration.ofMillis(1));
        assertThat(service.expiry.expireRunOut(service.clock.instant())).isEqualTo(1);
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatLocks.holder(showtimeId, 5)).isNull();
        assertThat(service.seatEvents.described()).containsExactly("A5:HELD", "A6:HELD", "A5:AVAILABLE", "A6:AVAILABLE");
        assertThat(service.metrics.expired).isEqualTo(1);
        // A second sweep (another replica) finds nothing left to do.
        assertThat(service.expiry.expireRunOut(service.clock.instant())).isZero();
    }

    @Test
    void seatOfAHoldWhoseTimeIsUpCanBeTakenAtOnceBeforeTheSweep() {
        Booking old = service.holds.hold(ALICE, showtimeId, List.of("7"));
        service.clock.advance(HOLD);

        Booking fresh = service.holds.hold(BOB, showtimeId, List.of("7", "8"));

        assertThat(old.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatLocks.holder(showtimeId, 7)).isEqualTo(fresh.getId());
        assertThat(service.metrics.conflicts).isZero();
    }

    /**
     * The sweeper (or another replica's hold) expires the run-out hold after this hold's seat lock was refused and
     * before this hold looks for run-out holds to expire itself: it finds none, yet the seat is free by then.
     * Refusing it with SEAT_UNAVAILABLE told the customer a free seat was taken (seen under load in SeatHoldIT).
     */
    @Test
    void aSeatFreedBySomeoneElseBetweenTheRefusedLockAndTheExpiryIsStillTaken() {
        Booking old = service.holds.hold(ALICE, showtimeId, List.of("7"));
        service.clock.advance(HOLD);
        service.holds.expiry = service.wired(new HoldExpiry() {
            @Override
            public boolean expireRunOutLocking(long showtime, Collection<Long> seatIds, Instant now) {
                service.expiry.expireRunOut(now); // the sweeper, between this hold's two steps
                return super.expireRunOutLocking(showtime, seatIds, now);
            }
        });

        Booking fresh = service.holds.hold(BOB, showtimeId, List.of("7", "8"));

        assertThat(old.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatLocks.holder(showtimeId, 7)).isEqualTo(fresh.getId());
    }

    @Test
    void ownerReleasesOnceOthersSeeNothing() {
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("9"));

        assertThatThrownBy(() -> service.holds.release(BOB, booking.getId())).isInstanceOf(NotFoundException.class);
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThatThrownBy(() -> service.ledger.visibleTo(BOB, false, booking.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.ledger.visibleTo(BOB, true, booking.getId())).isSameAs(booking);

        assertThat(service.holds.release(ALICE, booking.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.seatLocks.holder(showtimeId, 9)).isNull();
        assertThat(service.seatEvents.described()).containsExactly("A9:HELD", "A9:AVAILABLE");

        // Releasing again changes nothing, and the seat is free for someone else.
        assertThat(service.holds.release(ALICE, booking.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.seatEvents.described()).hasSize(2);
        assertThat(service.metrics.released).as("holds_released counts the one real release").isEqualTo(1);
        service.holds.hold(BOB, showtimeId, List.of("9"));
    }

    @Test
    void aReleaseThatOutlastsItsRetriesIsAConflictWithTheHoldKept() {
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("8"));

        service.transactions.failAfter(0, 100);
        assertThatThrownBy(() -> service.holds.release(ALICE, booking.getId()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("nothing was released, please try again");
                });
        service.transactions.failAfter(0, 0);
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(service.seatLocks.holder(showtimeId, 8)).isEqualTo(booking.getId());
        assertThat(service.metrics.released).isZero();

        assertThat(service.holds.release(ALICE, booking.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void releasingAnExpiredHoldChangesNothing() {
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("10"));
        service.clock.advance(HOLD);
        service.expiry.expireRunOut(service.clock.instant());

        assertThat(service.holds.release(ALICE, booking.getId()).getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(service.seatEvents.described()).containsExactly("A10:HELD", "A10:AVAILABLE");
    }

    @Test
    void bookingBeingPaidForIsNeverExpiredNorReleased() {
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("11"));
        service.transactions.inOne(() -> booking.startPayment(service.clock.instant()));
        service.clock.advance(HOLD.multipliedBy(3));

        assertThat(service.expiry.expireRunOut(service.clock.instant())).isZero();
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
        assertThat(service.seatLocks.holder(showtimeId, 11)).isEqualTo(booking.getId());
        assertThat(service.listings.seatMap(showtimeId).orElseThrow().seats())
                .filteredOn(s -> s.seat().id() == 11).extracting(SeatMap.SeatState::status)
                .containsExactly(SeatStatus.HELD);
        assertThatThrownBy(() -> service.holds.hold(BOB, showtimeId, List.of("11")))
                .isInstanceOf(SeatUnavailableException.class);
        assertThatThrownBy(() -> service.holds.release(ALICE, booking.getId()))
                .isInstanceOfSatisfying(BookingTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.from()).isEqualTo(BookingStatus.PAYMENT_PENDING);
                });
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
    }

    @Test
    void lockContentionIsRetriedThenRefusedWithNothingHeld() {
        // The first transaction reads the showtime; the hold's own transaction then meets two deadlocks.
        service.transactions.failAfter(1, 2);
        Booking booking = service.holds.hold(ALICE, showtimeId, List.of("1"));
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);

        service.transactions.failAfter(1, 100);
        assertThatThrownBy(() -> service.holds.hold(BOB, showtimeId, List.of("2")))
                .isInstanceOf(SeatUnavailableException.class).hasMessageContaining("in demand");
        service.transactions.failAfter(0, 0);
        assertThat(service.bookings.rows).hasSize(1);
        assertThat(service.seatLocks.holder(showtimeId, 2)).isNull();
        assertThat(service.metrics.conflicts).isEqualTo(1);
    }

    @Test
    void customerSeesOwnBookingsOnly() {
        Booking mine = service.holds.hold(ALICE, showtimeId, List.of("3"));
        service.holds.hold(BOB, showtimeId, List.of("4"));

        assertThat(service.ledger.ofCustomer(ALICE, null, null)).containsExactly(mine);
    }

    private static void assertSeatIdsRefused(Runnable call, String problem) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("seatIds");
            assertThat(e.getMessage()).isEqualTo("seatIds: " + problem);
        });
    }
}
