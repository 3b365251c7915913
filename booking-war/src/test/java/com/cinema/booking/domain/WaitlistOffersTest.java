package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.OFFER_WINDOW;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The waitlist (issue #21) with in-memory ports and a clock the test moves: order, offers, expiry, leaving. */
class WaitlistOffersTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;
    private static final long CAROL = 43;
    private static final long DAN = 44;
    private static final long ERIN = 45;

    private InMemoryBookingService service;
    private long showtimeId;
    /** One hold per seat A1..A4 (the whole row), by seat number - 1. */
    private final List<Booking> full = new ArrayList<>();

    @BeforeEach
    void soldOutFourSeatShowtime() {
        service = new InMemoryBookingService();
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            seats.add(new AuditoriumLayout.SeatInfo(n, "A" + n, "A", n, n - 1, 0, "STANDARD", false));
        }
        // A wheelchair space and a blocked seat are not for the waitlist: they do not make it "not sold out".
        seats.add(new AuditoriumLayout.SeatInfo(5, "A5", "A", 5, 4, 0, "WHEELCHAIR", false));
        seats.add(new AuditoriumLayout.SeatInfo(6, "A6", "A", 6, 5, 0, "STANDARD", true));
        service.auditoriums.put(7L, new AuditoriumLayout(7, 3, "STANDARD", 1, 6, seats, false));
        showtimeId = service.scheduled(7, START.plus(Duration.ofHours(5)), Duration.ofMinutes(120)).getId();
        for (long seat = 1; seat <= 4; seat++) {
            full.add(service.holds.hold(100 + seat, showtimeId, List.of(String.valueOf(seat))));
        }
    }

    private WaitlistEntry join(long user, int seats) {
        return service.waitlistOffers.join(user, "u" + user + "@cinema.test", showtimeId, seats);
    }

    private WaitlistEntry entry(long user) {
        return service.transactions.inOne(() -> service.waitlist.of(showtimeId, user));
    }

    private Booking offered(long user) {
        return service.bookings.rows.get(entry(user).bookingId());
    }

    private void release(int seatNumber) {
        Booking booking = full.get(seatNumber - 1);
        service.holds.release(booking.getUserId(), booking.getId());
    }

    @Test
    void entriesWaitInJoiningOrderAndTheFirstGetsAFreedSeatHeldForTheWindowWithANotice() {
        assertThat(join(ALICE, 1).position()).isEqualTo(1);
        assertThat(join(BOB, 1).position()).isEqualTo(2);

        service.clock.advance(Duration.ofSeconds(30));
        release(3);

        WaitlistEntry alice = entry(ALICE);
        assertThat(alice.status()).isEqualTo(WaitlistStatus.OFFERED);
        Booking offer = offered(ALICE);
        assertThat(offer.getUserId()).isEqualTo(ALICE);
        assertThat(offer.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(offer.getHoldExpiresAt()).isEqualTo(service.clock.instant().plus(OFFER_WINDOW));
        assertThat(alice.offerExpiresAt()).isEqualTo(offer.getHoldExpiresAt());
        assertThat(offer.getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A3");
        assertThat(service.seatLocks.holder(showtimeId, 3)).isEqualTo(offer.getId());
        // Freed and offered in the one transaction: the seat map sees it come free and held again at once.
        assertThat(service.seatEvents.described()).endsWith("A3:AVAILABLE", "A3:HELD");
        assertThat(service.notices.queued).containsExactly(offer.getId() + ":WAITLIST_OFFER:u41@cinema.test");
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(entry(BOB).position()).isEqualTo(1);
        // Nobody else can hold the offered seat.
        assertThat(service.occupancy.takenSeats(showtimeId, service.clock.instant())).containsKey(3L);
    }

    @Test
    void anOfferThatRunsOutUnpaidExpiresAndGoesToTheNextEntry() {
        // Shorter than the other holds, so only the offer runs out.
        Duration window = Duration.ofMinutes(5);
        service.waitlistSettings.offerWindow = window;
        join(ALICE, 1);
        join(BOB, 1);
        release(2);
        Booking aliceOffer = offered(ALICE);

        service.clock.advance(window.plusSeconds(1));
        service.expiry.expireRunOut(service.clock.instant());

        assertThat(aliceOffer.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.OFFERED);
        Booking bobOffer = offered(BOB);
        assertThat(bobOffer.getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A2");
        assertThat(service.seatLocks.holder(showtimeId, 2)).isEqualTo(bobOffer.getId());
        assertThat(service.notices.queued).contains(bobOffer.getId() + ":WAITLIST_OFFER:u42@cinema.test");
    }

    @Test
    void theFirstEntryThatFitsGetsTheSeatsAndABiggerOneKeepsItsPlace() {
        join(ALICE, 2);
        join(BOB, 1);

        release(4);

        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.OFFERED);

        release(1);
        release(2);

        // A1 and A2, side by side, for Alice, who still comes first.
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered(ALICE).getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A1", "A2");
    }

    @Test
    void manyReleasesNeverOfferASeatTwiceAndServeTheQueueInOrder() {
        List<Long> queue = List.of(ALICE, BOB, CAROL, DAN, ERIN);
        queue.forEach(user -> join(user, 1));

        for (int seat = 4; seat >= 1; seat--) {
            release(seat);
        }

        Set<Long> seats = new HashSet<>();
        for (Long user : queue.subList(0, 4)) {
            assertThat(entry(user).status()).as("entry of " + user).isEqualTo(WaitlistStatus.OFFERED);
            offered(user).getTickets().forEach(t -> assertThat(seats.add(t.getSeatId())).isTrue());
        }
        assertThat(seats).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(entry(ERIN).status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void anOfferBoughtIsAccepted() {
        join(ALICE, 1);
        release(1);
        Booking offer = offered(ALICE);

        Booking paid = service.checkout.checkout(new Checkout.Request(ALICE, "u41@cinema.test", offer.getId(), "key-1",
                new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "A Customer", null, null)));

        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.ACCEPTED);
        // A later cancellation frees the seat like any booking's; the accepted entry stays accepted.
        join(BOB, 1);
        service.cancellation.cancel(ALICE, offer.getId());
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.ACCEPTED);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.OFFERED);
    }

    @Test
    void joiningIsRefusedWhenSeatsAreFreeTwiceOrForABadSeatCount() {
        assertThatThrownBy(() -> join(ALICE, 0)).isInstanceOf(ValidationException.class)
                .hasMessage("seats: must be 1 to 10 seats");
        assertThatThrownBy(() -> join(ALICE, 11)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.waitlistOffers.join(ALICE, null, showtimeId, null))
                .isInstanceOf(ValidationException.class);

        join(ALICE, 1);
        assertThatThrownBy(() -> join(ALICE, 2)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already");

        // A hold that ran out frees its seat for everyone: not sold out for one seat any more.
        service.clock.advance(HOLD.plusSeconds(1));
        assertThatThrownBy(() -> join(BOB, 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is not sold out");
    }

    @Test
    void leavingEndsTheEntryGivesAnOfferBackAndAllowsJoiningAgain() {
        join(ALICE, 1);
        join(BOB, 1);
        release(1);
        Booking aliceOffer = offered(ALICE);

        WaitlistEntry left = service.waitlistOffers.leave(ALICE, showtimeId);

        assertThat(left.status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(aliceOffer.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered(BOB).getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A1");
        assertThatThrownBy(() -> service.waitlistOffers.leave(ALICE, showtimeId)).isInstanceOf(NotFoundException.class);

        assertThat(join(ALICE, 1).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(service.waitlistOffers.ofCustomer(ALICE, null)).extracting(WaitlistEntry::status)
                .containsExactly(WaitlistStatus.WAITING, WaitlistStatus.LEFT);
    }

    @Test
    void aLayoutThatCannotBeReadFreesTheSeatsWithoutAnOfferAndTheSafetyNetOffersThemLater() {
        join(ALICE, 1);
        join(BOB, 1);
        int[] calls = {0};
        // The cinema service down and the cached layout too old to stand in for it.
        service.auditoriumCacheMaxStale = Duration.ofSeconds(45);
        service.auditoriumCache.estate = new CinemaEstate() {
            @Override
            public Optional<AuditoriumLayout> auditorium(long id) {
                calls[0]++;
                throw new UpstreamUnavailableException("cinema", new java.net.ConnectException("down (played)"));
            }

            @Override
            public Optional<String> timeZone(long cinemaId) {
                return Optional.empty();
            }
        };
        service.clock.advance(Duration.ofMinutes(1));

        release(1);
        release(2);

        assertThat(full.get(0).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(full.get(1).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(calls[0]).as("asked once, not once per release, while it is down").isEqualTo(1);
        service.clock.advance(WaitlistOffers.LAYOUT_BACKOFF);

        service.auditoriumCache.estate = new CinemaEstate() {
            @Override
            public Optional<AuditoriumLayout> auditorium(long id) {
                return Optional.ofNullable(service.auditoriums.get(id));
            }

            @Override
            public Optional<String> timeZone(long cinemaId) {
                return Optional.empty();
            }
        };
        assertThat(service.waitlistOffers.offerWhereFree(service.clock.instant())).isEqualTo(2);
        assertThat(offered(ALICE).getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A1");
        assertThat(offered(BOB).getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A2");
    }

    @Test
    void theSafetyNetOffersSeatsFreedWhileNobodyCouldBeOffered() {
        join(ALICE, 1);
        // A seat freed behind the waitlist's back (a replica that crashed between steps, a layout that could not
        // be read): the lock row goes, the entry still waits.
        service.transactions.inOne(() -> service.seatLocks.unlock(full.get(0).getId()));

        int offers = service.waitlistOffers.offerWhereFree(service.clock.instant());

        assertThat(offers).isEqualTo(1);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered(ALICE).getTickets()).extracting(Ticket::getSeatLabel).containsExactly("A1");
    }

    @Test
    void theSafetyNetRunsOncePerIntervalAndReadsNoLayoutWhileNothingCanFit() {
        join(ALICE, 1);
        int[] layoutReads = {0};
        service.auditoriumCache.estate = new CinemaEstate() {
            @Override
            public Optional<AuditoriumLayout> auditorium(long id) {
                layoutReads[0]++;
                return Optional.ofNullable(service.auditoriums.get(id));
            }

            @Override
            public Optional<String> timeZone(long cinemaId) {
                return Optional.empty();
            }
        };
        service.clock.advance(Duration.ofMinutes(1));

        // Sold out: every sellable seat locked (the wheelchair space is free, but the count is what matters here).
        service.transactions.inOne(() -> service.seatLocks.lock(showtimeId, 999, List.of(5L), service.clock.instant()));
        assertThat(service.waitlistOffers.safetyNet(service.clock.instant())).isZero();
        assertThat(layoutReads[0]).as("no layout read for a showtime where nothing can fit").isZero();

        service.transactions.inOne(() -> service.seatLocks.unlock(full.get(0).getId()));
        service.clock.advance(Duration.ofSeconds(30));
        assertThat(service.waitlistOffers.safetyNet(service.clock.instant())).as("within the interval").isZero();
        service.clock.advance(Duration.ofSeconds(31));
        assertThat(service.waitlistOffers.safetyNet(service.clock.instant())).isEqualTo(1);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);
    }

    @Test
    void cancellingTheShowtimeClosesWaitingAndOfferedEntriesAndOffersNothing() {
        join(ALICE, 1);
        join(BOB, 1);
        join(CAROL, 1);
        release(2);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);
        Booking aliceOffer = offered(ALICE);

        service.schedule.cancel(showtimeId);

        assertThat(entry(ALICE).status()).as("an offer is closed, not 'left' by the customer").isEqualTo(WaitlistStatus.CLOSED);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.CLOSED);
        assertThat(entry(CAROL).status()).isEqualTo(WaitlistStatus.CLOSED);
        assertThat(service.bookings.rows.get(aliceOffer.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.bookings.rows.values()).as("the freed seats are offered to nobody")
                .filteredOn(b -> b.getUserId() == BOB || b.getUserId() == CAROL).isEmpty();
        assertThat(service.transactions.inOne(() -> service.waitlist.showtimesWaiting(service.clock.instant(), 10)))
                .isEmpty();
        // Closed entries no longer count as active: the customer is on no waitlist of the showtime.
        assertThat(service.transactions.inOne(() -> service.waitlist.active(showtimeId, BOB))).isEmpty();
    }

    @Test
    void entriesStillWaitingWhenTheShowtimeStartsAreClosedAndAnOfferRunsOn() {
        join(ALICE, 1);
        join(BOB, 1);
        release(1);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);

        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).as("not started yet").isZero();
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.WAITING);

        service.clock.advance(Duration.ofHours(5));
        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).isEqualTo(1);

        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.CLOSED);
        assertThat(entry(ALICE).status()).as("an offer ends with its held booking").isEqualTo(WaitlistStatus.OFFERED);
        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).as("closed once").isZero();
    }

    /** The WAITLIST_CLOSED notices queued so far. */
    private List<String> closedNotices() {
        return service.notices.queued.stream().filter(n -> n.contains(":WAITLIST_CLOSED:")).toList();
    }

    /** The WAITLIST_CLOSED notice of the customer's latest entry, to the e-mail they joined with. */
    private String closedNotice(long user) {
        return "entry-" + entry(user).id() + ":WAITLIST_CLOSED:u" + user + "@cinema.test";
    }

    @Test
    void cancellingTheShowtimeTellsEachWaitingAndOfferedEntryOnceAndNoEndedOne() {
        join(ALICE, 1);
        join(BOB, 1);
        join(CAROL, 1);
        join(DAN, 1);
        service.waitlistOffers.leave(DAN, showtimeId);
        release(2);
        release(3);
        service.checkout.checkout(new Checkout.Request(BOB, "u42@cinema.test", offered(BOB).getId(), "key-1",
                new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "A Customer", null, null)));
        join(ERIN, 1);
        assertThat(List.of(ALICE, BOB, CAROL, DAN, ERIN)).extracting(user -> entry(user).status()).containsExactly(
                WaitlistStatus.OFFERED, WaitlistStatus.ACCEPTED, WaitlistStatus.WAITING, WaitlistStatus.LEFT,
                WaitlistStatus.WAITING);
        assertThat(closedNotices()).isEmpty();

        service.schedule.cancel(showtimeId);

        assertThat(closedNotices()).as("the offered and the waiting entries, each once; not the accepted or left one")
                .containsExactlyInAnyOrder(closedNotice(ALICE), closedNotice(CAROL), closedNotice(ERIN));
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.ACCEPTED);
        assertThat(entry(DAN).status()).isEqualTo(WaitlistStatus.LEFT);
        // Cancelling again changes nothing and tells nobody twice.
        service.schedule.cancel(showtimeId);
        assertThat(closedNotices()).hasSize(3);
    }

    @Test
    void aCancellationRolledBackClosesNothingAndTellsNobody() {
        join(ALICE, 1);
        join(BOB, 1);
        release(1);
        // The cancellation fails after closing the entries, while it releases the holds.
        service.schedule.seatRelease = new SeatRelease() {
            @Override
            public void free(Booking booking, java.time.Instant now) {
                throw new IllegalStateException("database gone (played)");
            }
        };

        assertThatThrownBy(() -> service.schedule.cancel(showtimeId)).hasMessageContaining("(played)");

        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(closedNotices()).isEmpty();
    }

    @Test
    void theSweeperClosesEachEntryStillWaitingAtTheStartWithOneNoticeAndTheNextSweepAddsNone() {
        join(ALICE, 1);
        join(BOB, 2);
        join(CAROL, 1);
        join(DAN, 1);
        service.waitlistOffers.leave(DAN, showtimeId);
        release(1);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.OFFERED);

        // The start: every hold and the offer have run out by now.
        service.clock.advance(Duration.ofHours(5));
        service.sweeper.sweep(service.clock.instant());

        assertThat(entry(ALICE).status()).as("an offer ends with its booking, untold")
                .isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.CLOSED);
        assertThat(entry(CAROL).status()).isEqualTo(WaitlistStatus.CLOSED);
        assertThat(closedNotices()).containsExactlyInAnyOrder(closedNotice(BOB), closedNotice(CAROL));

        service.clock.advance(Duration.ofSeconds(1));
        service.sweeper.sweep(service.clock.instant());
        assertThat(closedNotices()).as("nothing more on the next sweep")
                .containsExactlyInAnyOrder(closedNotice(BOB), closedNotice(CAROL));
    }

    @Test
    void aSweepRolledBackTakesItsClosesAndNoticesWithItAndTheNextOneDoesThem() {
        join(ALICE, 1);
        join(BOB, 1);
        service.clock.advance(Duration.ofHours(5));
        // Alice's entry is closed and told first; then Bob's notice cannot be recorded.
        service.notices.refuse = "u42@cinema.test";

        assertThatThrownBy(() -> service.waitlistOffers.closeStarted(service.clock.instant()))
                .hasMessageContaining("(played)");

        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(entry(BOB).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(closedNotices()).isEmpty();

        service.notices.refuse = null;
        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).isEqualTo(2);
        assertThat(closedNotices()).containsExactlyInAnyOrder(closedNotice(ALICE), closedNotice(BOB));
    }

    @Test
    void anEntryThatChangedAfterTheSweepReadItIsNotToldByThisSweep() {
        join(ALICE, 1);
        join(BOB, 1);
        service.clock.advance(Duration.ofHours(5));
        long alice = entry(ALICE).id();
        // Another replica's sweep closes (and tells) Alice between this sweep's read and its conditional update.
        service.waitlist.afterRead = () -> service.waitlist.changedElsewhere(alice, WaitlistStatus.CLOSED);

        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).isEqualTo(1);

        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.CLOSED);
        assertThat(closedNotices()).containsExactly(closedNotice(BOB));
    }

    @Test
    void aSweepClosesABoundedBatchAndTheNextSweepsTheRest() {
        int entries = WaitlistOffers.SWEEP_LIMIT + 1;
        for (long user = 1000; user < 1000 + entries; user++) {
            join(user, 1);
        }
        service.clock.advance(Duration.ofHours(5));

        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).isEqualTo(WaitlistOffers.SWEEP_LIMIT);
        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).isEqualTo(1);
        assertThat(service.waitlistOffers.closeStarted(service.clock.instant())).isZero();

        assertThat(closedNotices()).hasSize(entries).doesNotHaveDuplicates();
        assertThat(service.waitlist.rows.values()).extracting(WaitlistEntry::status)
                .containsOnly(WaitlistStatus.CLOSED);
    }

    @Test
    void joiningThatGivesUpIsAConflictWithTheCustomerNotOnTheWaitlist() {
        service.transactions.failAfter(1, 100); // the showtime is read; joining gives up

        assertConflict(() -> join(ALICE, 1))
                .isEqualTo("The waitlist of showtime " + showtimeId + " is being changed by "
                        + "another request right now; you were not put on it, please try again");

        service.transactions.failAfter(0, 0);
        assertThat(service.waitlist.rows).isEmpty();
        assertThat(join(ALICE, 1).status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void leavingThatGivesUpIsAConflictWithTheCustomerStillWaiting() {
        join(ALICE, 1);
        service.transactions.failAfter(1, 100); // the entry is read; ending it gives up

        assertConflict(() -> service.waitlistOffers.leave(ALICE, showtimeId))
                .isEqualTo("Your place "
                        + "on the waitlist of showtime " + showtimeId + " is being changed by another request right "
                        + "now; you are still on it, please try again");

        service.transactions.failAfter(0, 0);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(service.waitlistOffers.leave(ALICE, showtimeId).status()).isEqualTo(WaitlistStatus.LEFT);
    }

    @Test
    void leavingThatGivesUpAfterTheOfferWasGivenBackSaysTheCustomerLeft() {
        join(ALICE, 1);
        release(3);
        Booking offer = offered(ALICE);
        service.transactions.failAfter(2, 100); // the entry read, the offer released; the next step gives up

        assertConflict(() -> service.waitlistOffers.leave(ALICE, showtimeId))
                .isEqualTo("You left "
                        + "the waitlist of showtime " + showtimeId + " and the seats offered to you were given back, "
                        + "but your entry cannot be shown right now; look at your waitlist again in a moment");

        service.transactions.failAfter(0, 0);
        assertThat(entry(ALICE).status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(service.bookings.rows.get(offer.getId()).getStatus()).isEqualTo(BookingStatus.CANCELLED);
    }
}
