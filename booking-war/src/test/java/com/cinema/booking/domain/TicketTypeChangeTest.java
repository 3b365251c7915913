package com.cinema.booking.domain;

import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.HoldExpiredException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.common.error.ValidationException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static com.cinema.booking.domain.TicketType.ADULT;
import static com.cinema.booking.domain.TicketType.CHILD;
import static com.cinema.booking.domain.TicketType.SENIOR;
import static com.cinema.booking.domain.TicketType.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Choosing ticket types on a hold with in-memory ports: prices off each seat's full price, the rules that refuse a
 * choice with nothing changed, and the movie service asked for the film's age rating only for a Child ticket.
 */
class TicketTypeChangeTest {

    private static final long ALICE = 41;
    private static final long BOB = 42;
    /** The showtimes' movie (InMemoryBookingService schedules movie 1). */
    private static final long MOVIE = 1;

    private InMemoryBookingService service;
    private long showtimeId;

    /** A1 standard (10.00), A2 VIP (14.00 with its surcharge), A3 standard, A4 standard, in five hours. */
    @BeforeEach
    void rowWithAVipSeat() {
        service = new InMemoryBookingService();
        List<AuditoriumLayout.SeatInfo> seats = List.of(
                new AuditoriumLayout.SeatInfo(1, "A1", "A", 1, 0, 0, "STANDARD", false),
                new AuditoriumLayout.SeatInfo(2, "A2", "A", 2, 1, 0, "VIP", false),
                new AuditoriumLayout.SeatInfo(3, "A3", "A", 3, 2, 0, "STANDARD", false),
                new AuditoriumLayout.SeatInfo(4, "A4", "A", 4, 3, 0, "STANDARD", false));
        service.auditoriums.put(9L, new AuditoriumLayout(9, 3, "STANDARD", 1, 4, seats, false));
        showtimeId = service.scheduled(9, START.plus(Duration.ofHours(5)), Duration.ofMinutes(120)).getId();
        rated("12A");
    }

    private void rated(String ageRating) {
        service.movies.put(MOVIE, new MovieSummary(MOVIE, "Feature", 120, false, ageRating));
    }

    private Booking hold(long user, String... seats) {
        return service.holds.hold(user, showtimeId, List.of(seats));
    }

    private Booking choose(long user, Booking booking, TicketTypeChange.Choice... choices) {
        return service.ticketTypeChange.choose(user, booking.getId(), List.of(choices));
    }

    private static TicketTypeChange.Choice seat(long seatId, TicketType type) {
        return new TicketTypeChange.Choice(seatId, type);
    }

    private Booking pay(Booking booking) {
        return service.checkout.checkout(new Checkout.Request(ALICE, "alice@cinema.test", booking.getId(), "key-1",
                new PaymentDetails("CARD", "4242424242424242", 12, 2030, "123", "A Customer", null, null)));
    }

    private Booking stored(Booking booking) {
        return service.bookings.rows.get(booking.getId());
    }

    /** The booking's tickets are these (seat, type, price, full price), and its subtotal and total {@code total}. */
    private static void assertPriced(Booking booking, int total, Tuple... tickets) {
        assertThat(booking.getTickets())
                .extracting(Ticket::getSeatLabel, Ticket::getTicketType, Ticket::getPriceCents,
                        Ticket::getFullPriceCents)
                .containsExactly(tickets);
        assertThat(booking.getSubtotalCents()).isEqualTo(total);
        assertThat(booking.getDiscountCents()).isZero();
        assertThat(booking.getTotalCents()).isEqualTo(total);
    }

    private void assertAllAdult(Booking booking) {
        assertPriced(stored(booking), 3400,
                tuple("A1", ADULT, 1000, 1000),
                tuple("A2", ADULT, 1400, 1400),
                tuple("A3", ADULT, 1000, 1000));
    }

    @Test
    void aHoldIsAdultAtTheFullPriceAndChosenTypesTakeTheirDiscountOffIt() {
        Booking held = hold(ALICE, "1", "2", "3");
        assertAllAdult(held);

        Booking chosen = choose(ALICE, held, seat(1, CHILD), seat(2, SENIOR));

        // Child 10.00 - 3.50; Senior off the VIP seat's full price, surcharge included: 14.00 - 2.50; A3 as it was.
        assertPriced(chosen, 650 + 1150 + 1000,
                tuple("A1", CHILD, 650, 1000),
                tuple("A2", SENIOR, 1150, 1400),
                tuple("A3", ADULT, 1000, 1000));
        assertThat(stored(held)).isSameAs(chosen);
        assertThat(service.movieLookups).as("a Child ticket needs the film's rating").containsExactly(MOVIE);

        // Seats not listed keep their type; a seat listed with its own type is fine; back to Adult is the full price.
        Booking again = choose(ALICE, held, seat(1, ADULT), seat(2, SENIOR), seat(3, STUDENT));
        assertPriced(again, 1000 + 1150 + 800,
                tuple("A1", ADULT, 1000, 1000),
                tuple("A2", SENIOR, 1150, 1400),
                tuple("A3", STUDENT, 800, 1000));
        assertThat(service.movieLookups).as("no Child ticket: no call").containsExactly(MOVIE);
    }

    @Test
    void withoutAChildTicketTheMovieServiceIsNeverAsked() {
        Booking held = hold(ALICE, "1", "2");
        service.ticketTypeChange.movies = id -> {
            throw new AssertionError("the movie service was asked for movie " + id);
        };

        Booking chosen = choose(ALICE, held, seat(1, SENIOR), seat(2, STUDENT));

        assertThat(chosen.getTickets()).extracting(Ticket::getTicketType).containsExactly(SENIOR, STUDENT);
        assertThat(chosen.getTotalCents()).isEqualTo(750 + 1200);
    }

    @ParameterizedTest(name = "not for a {0}-rated film")
    @ValueSource(strings = {"15", "18", " 18 "})
    void aChildTicketIsRefusedForAFilmRatedFifteenOrEighteenWithNothingChanged(String rating) {
        rated(rating);
        Booking held = hold(ALICE, "1", "2", "3");

        assertThatThrownBy(() -> choose(ALICE, held, seat(2, SENIOR), seat(1, CHILD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tickets"))
                .hasMessage("tickets: Child tickets are not sold for " + rating.strip() + "-rated films (seat A1)");

        assertAllAdult(held);
    }

    @ParameterizedTest(name = "sold for a film rated {0}")
    @ValueSource(strings = {"12A", "PG", "U"})
    void aChildTicketIsSoldForFilmsChildrenMaySee(String rating) {
        rated(rating);
        Booking held = hold(ALICE, "1");

        assertThat(choose(ALICE, held, seat(1, CHILD)).getTotalCents()).isEqualTo(650);
    }

    @Test
    void aFilmWithoutARatingIsSoldChildTickets() {
        rated(null);
        Booking held = hold(ALICE, "1");

        assertThat(choose(ALICE, held, seat(1, CHILD)).getTotalCents()).isEqualTo(650);
    }

    @Test
    void anotherCustomersBookingIsNotFound() {
        Booking held = hold(ALICE, "1", "2", "3");

        assertThatThrownBy(() -> choose(BOB, held, seat(1, SENIOR))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> choose(BOB, held, seat(1, CHILD))).isInstanceOf(NotFoundException.class);

        assertAllAdult(held);
        assertThat(service.movieLookups).isEmpty();
    }

    @Test
    void aCouponOnTheHoldIsQuotedAgainForTheNewTicketsAndStaysOn() {
        Booking held = hold(ALICE, "1", "2", "3");
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");
        assertThat(stored(held).getTotalCents()).isEqualTo(3400 - 340);

        Booking child = choose(ALICE, held, seat(1, CHILD));

        assertThat(child.getCouponCode()).isEqualTo("WELCOME10");
        assertThat(child.getSubtotalCents()).isEqualTo(650 + 1400 + 1000);
        assertThat(child.getDiscountCents()).isEqualTo(305);
        assertThat(child.getTotalCents()).isEqualTo(3050 - 305);
        assertThat(service.coupons.quoted).last().satisfies(order -> {
            assertThat(order.code()).isEqualTo("WELCOME10");
            assertThat(order.bookingId()).isEqualTo(held.getId());
            assertThat(order.subtotalCents()).as("quoted for the tickets as chosen").isEqualTo(3050);
            assertThat(order.movieId()).isEqualTo(MOVIE);
        });

        // and back to Adult: the coupon's first discount again
        assertThat(choose(ALICE, held, seat(1, ADULT)).getTotalCents()).isEqualTo(3400 - 340);
        // checkout charges the total as quoted last
        pay(held);
        assertThat(service.payments.chargeCalls).singleElement()
                .satisfies(charge -> assertThat(charge.amountCents()).isEqualTo(3400 - 340));
    }

    @Test
    void aCouponThatWouldNoLongerApplyRefusesTheChangeSayingWhy() {
        Booking held = hold(ALICE, "1", "2", "3");
        service.couponApplication.apply(ALICE, held.getId(), "BIG30");
        // 30.50 is still an order of 30.00 or more
        assertThat(choose(ALICE, held, seat(1, CHILD)).getTotalCents()).isEqualTo(3050 - 300);

        CouponInvalidException refused = catchThrowableOfType(() -> choose(ALICE, held, seat(3, SENIOR)),
                CouponInvalidException.class);

        assertThat(refused).hasMessage("Coupon BIG30 would not apply to these tickets (MIN_ORDER): remove it to "
                + "choose them");
        assertThat(refused.extensions()).containsEntry("reason", "MIN_ORDER");
        assertThat(stored(held).getTickets()).extracting(Ticket::getTicketType).containsExactly(CHILD, ADULT, ADULT);
        assertThat(stored(held).getCouponCode()).isEqualTo("BIG30");
        assertThat(stored(held).getTotalCents()).isEqualTo(3050 - 300);

        service.couponApplication.remove(ALICE, held.getId());
        assertThat(choose(ALICE, held, seat(3, SENIOR)).getTotalCents()).isEqualTo(650 + 1400 + 750);
    }

    @Test
    void aCouponChangedWhileItWasQuotedIsQuotedAgainAsItIsNow() {
        Booking held = hold(ALICE, "1", "2", "3");
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");
        // the customer's other tab swaps the coupon while this change waits for its quote
        service.coupons.beforeNextQuote = () -> service.couponApplication.apply(ALICE, held.getId(), "BIG30");

        Booking senior = choose(ALICE, held, seat(2, SENIOR));

        assertThat(service.coupons.quoted).extracting(Coupons.CouponOrder::code, Coupons.CouponOrder::subtotalCents)
                .endsWith(tuple("BIG30", 3400), tuple("WELCOME10", 3150), tuple("BIG30", 3150));
        assertThat(senior.getCouponCode()).isEqualTo("BIG30");
        assertThat(senior.getTotalCents()).isEqualTo(3150 - 300);

        // removed meanwhile: the refusal of BIG30 for a 29.50 order is no answer, and the change needs no discount
        service.coupons.beforeNextQuote = () -> service.couponApplication.remove(ALICE, held.getId());
        Booking student = choose(ALICE, held, seat(3, STUDENT));
        assertThat(service.coupons.quoted).last().extracting(Coupons.CouponOrder::subtotalCents).isEqualTo(2950);
        assertThat(student.getCouponCode()).isNull();
        assertThat(student.getTotalCents()).isEqualTo(1000 + 1150 + 800);
    }

    @Test
    void aCouponAppliedWhileATicketTypeChangesIsQuotedAgainForTheNewTickets() {
        Booking held = hold(ALICE, "1", "2", "3");
        // the customer's other tab makes A1 a Child ticket while WELCOME10 is being quoted for three Adult ones
        service.coupons.beforeNextQuote = () -> choose(ALICE, held, seat(1, CHILD));

        Booking applied = service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");

        assertThat(service.coupons.quoted).extracting(Coupons.CouponOrder::subtotalCents).containsExactly(3400, 3050);
        assertThat(applied.getSubtotalCents()).isEqualTo(3050);
        assertThat(applied.getDiscountCents()).isEqualTo(305);
        assertThat(applied.getTotalCents()).isEqualTo(3050 - 305);
    }

    @Test
    void aCouponThatKeepsChangingWhileQuotedIsAConflictWithNothingChanged() {
        Booking held = hold(ALICE, "1", "2", "3");
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");
        Runnable swap = new Runnable() {
            @Override
            public void run() {
                String other = "WELCOME10".equals(stored(held).getCouponCode()) ? "BIG30" : "WELCOME10";
                service.couponApplication.apply(ALICE, held.getId(), other);
                service.coupons.beforeNextQuote = this;
            }
        };
        service.coupons.beforeNextQuote = swap;

        assertConflict(() -> choose(ALICE, held, seat(1, SENIOR))).isEqualTo("The coupon or the tickets of booking "
                + held.getId() + " changed while its coupon was being quoted; nothing was changed, try again");

        service.coupons.beforeNextQuote = null;
        assertThat(stored(held).getTickets()).extracting(Ticket::getTicketType).containsOnly(ADULT);
        assertThat(stored(held).getSubtotalCents()).isEqualTo(3400);
    }

    @Test
    void aCouponServiceThatCannotAnswerLeavesTheTicketsAsTheyWere() {
        Booking held = hold(ALICE, "1", "2");
        service.couponApplication.apply(ALICE, held.getId(), "WELCOME10");
        service.coupons.quoteFails = true;

        assertThatThrownBy(() -> choose(ALICE, held, seat(1, SENIOR))).isInstanceOf(UpstreamUnavailableException.class);

        assertThat(stored(held).getTickets()).extracting(Ticket::getTicketType).containsOnly(ADULT);
        assertThat(stored(held).getTotalCents()).isEqualTo(2400 - 240);
        // a hold without a coupon does not need the coupon service
        service.couponApplication.remove(ALICE, held.getId());
        assertThat(choose(ALICE, held, seat(1, SENIOR)).getTotalCents()).isEqualTo(750 + 1400);
    }

    @Test
    void onlyAHoldWhoseTimeStillRunsCanChange() {
        Booking released = hold(ALICE, "1");
        service.holds.release(ALICE, released.getId());
        assertConflict(() -> choose(ALICE, released, seat(1, SENIOR))).isEqualTo("Booking " + released.getId()
                + " is CANCELLED and can no longer have its ticket types changed");

        Booking runOut = hold(ALICE, "2");
        service.clock.advance(HOLD);
        for (TicketType type : List.of(SENIOR, CHILD)) {
            assertThatThrownBy(() -> choose(ALICE, runOut, seat(2, type))).isInstanceOf(HoldExpiredException.class)
                    .hasMessageContaining("ran out");
        }
        assertThat(stored(runOut).getTickets()).extracting(Ticket::getTicketType).containsExactly(ADULT);
        assertThat(stored(runOut).getTotalCents()).isEqualTo(1400);
        assertThat(service.movieLookups).isEmpty();
    }

    @Test
    void aPaidBookingKeepsTheTicketsItWasPaidFor() {
        Booking held = hold(ALICE, "1");
        pay(held);

        assertConflict(() -> choose(ALICE, held, seat(1, CHILD)))
                .isEqualTo("Booking " + held.getId() + " is CONFIRMED and can no longer have its ticket types changed");
        assertThat(stored(held).getTickets()).extracting(Ticket::getTicketType).containsExactly(ADULT);
    }

    @Test
    void checkoutChargesTheTotalOfTheChosenTypes() {
        Booking held = hold(ALICE, "1", "2");
        choose(ALICE, held, seat(1, CHILD), seat(2, STUDENT));

        Booking paid = pay(held);

        assertThat(paid.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(service.payments.chargeCalls).singleElement()
                .satisfies(charge -> assertThat(charge.amountCents()).isEqualTo(650 + 1200));
    }

    @Test
    void aSeatNotInTheBookingOrListedTwiceOrNoSeatAtAllIsRefusedNamingIt() {
        Booking held = hold(ALICE, "1", "2", "3");
        hold(BOB, "4");

        assertThatThrownBy(() -> choose(ALICE, held, seat(1, SENIOR), seat(4, STUDENT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tickets"))
                .hasMessage("tickets: seat 4 is not one of this booking's seats");
        assertThatThrownBy(() -> choose(ALICE, held, seat(1, SENIOR), seat(1, STUDENT)))
                .isInstanceOf(ValidationException.class).hasMessage("tickets: seat 1 is listed twice");
        assertThatThrownBy(() -> choose(ALICE, held, seat(1, SENIOR), seat(1, SENIOR)))
                .isInstanceOf(ValidationException.class).hasMessage("tickets: seat 1 is listed twice");
        assertThatThrownBy(() -> choose(ALICE, held))
                .isInstanceOf(ValidationException.class).hasMessage("tickets: must list 1 to 10 seats");

        assertAllAdult(held);
    }

    @Test
    void aTypeNotOnSaleIsRefusedNamingIt() {
        service.ticketTypes = TicketTypesTest.configured(Map.of(TicketTypes.OFFERED, "ADULT,CHILD"));
        Booking held = hold(ALICE, "1", "2", "3");

        assertThatThrownBy(() -> choose(ALICE, held, seat(1, CHILD), seat(2, STUDENT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tickets"))
                .hasMessage("tickets: STUDENT tickets are not sold");

        assertAllAdult(held);
        assertThat(service.movieLookups).isEmpty();
    }

    @Test
    void aConfiguredDiscountIsTakenAndAPriceNeverGoesBelowZero() {
        service.ticketTypes = TicketTypesTest.configured(Map.of(TicketTypes.PREFIX + "STUDENT.discount", "1200"));
        Booking held = hold(ALICE, "1", "2");

        assertPriced(choose(ALICE, held, seat(1, STUDENT), seat(2, STUDENT)), 200,
                tuple("A1", STUDENT, 0, 1000),
                tuple("A2", STUDENT, 200, 1400));
    }

    @Test
    void aFilmTheMovieServiceDoesNotKnowIsAConflictAndAnUnreachableOneUpstreamUnavailable() {
        Booking held = hold(ALICE, "1");
        service.movies.clear();

        assertConflict(() -> choose(ALICE, held, seat(1, CHILD))).contains("not known to the movie service");

        service.ticketTypeChange.movies = id -> {
            throw new UpstreamUnavailableException("movie", null);
        };
        assertThatThrownBy(() -> choose(ALICE, held, seat(1, CHILD)))
                .isInstanceOf(UpstreamUnavailableException.class);

        assertThat(stored(held).getTickets()).extracting(Ticket::getTicketType).containsExactly(ADULT);
        assertThat(stored(held).getTotalCents()).isEqualTo(1000);
    }

    @Test
    void contentionThatOutlastsTheRetriesIsAConflictWithTheTypesUnchanged() {
        Booking held = hold(ALICE, "1");
        service.transactions.failAfter(1, 100); // the film's rating is read; the change gives up

        assertConflict(() -> choose(ALICE, held, seat(1, CHILD))).isEqualTo("Booking " + held.getId()
                + " is being changed by another request right now; the ticket types were not changed, please try again");

        assertThat(stored(held).getTickets()).extracting(Ticket::getTicketType).containsExactly(ADULT);
        assertThat(service.movieLookups).containsExactly(MOVIE);
    }

    @Test
    void theMovieServiceIsAskedOutsideAnyTransaction() {
        Booking held = hold(ALICE, "1");
        service.ticketTypeChange.movies = id -> {
            assertThatThrownBy(() -> service.transactions.requireOpen()).as("no transaction open during the call")
                    .isInstanceOf(IllegalStateException.class);
            return Optional.of(new MovieSummary(id, "Feature", 120, false, "12A"));
        };

        assertThat(choose(ALICE, held, seat(1, CHILD)).getTotalCents()).isEqualTo(650);
    }
}
