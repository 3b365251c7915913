package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.HoldExpiredException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BookingTest {

    private static final Instant EXPIRY = Instant.parse("2026-12-04T12:10:00Z");

    @Test
    void holdIsPricedAtTheSumOfItsTicketsWithoutDiscount() {
        Booking booking = new Booking("AB12CD", 7, 9, "GBP", EXPIRY, List.of(
                new Ticket(1, "F7", "STANDARD", 1100), new Ticket(2, "F8", "VIP", 1800)));

        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(booking.getHoldExpiresAt()).isEqualTo(EXPIRY);
        assertThat(booking.getSubtotalCents()).isEqualTo(2900);
        assertThat(booking.getDiscountCents()).isZero();
        assertThat(booking.getTotalCents()).isEqualTo(2900);
        assertThat(booking.getTickets()).extracting(Ticket::getSeatLabel).containsExactly("F7", "F8");
    }

    @Test
    void holdNeedsOneToTenDistinctSeats() {
        assertThatThrownBy(() -> new Booking("A", 7, 9, "GBP", EXPIRY, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("seatIds:");
        List<Ticket> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Ticket(i, "A" + i, "STANDARD", 100));
        }
        assertThatThrownBy(() -> new Booking("A", 7, 9, "GBP", EXPIRY, eleven))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("seatIds:");
        assertThatThrownBy(() -> new Booking("A", 7, 9, "GBP", EXPIRY,
                List.of(new Ticket(1, "A1", "STANDARD", 100), new Ticket(1, "A1", "STANDARD", 100))))
                .isInstanceOf(ValidationException.class).hasMessage("seatIds: must not name a seat twice");
    }

    @Test
    void holdNeedsAnExpiryAndACurrency() {
        List<Ticket> one = List.of(new Ticket(1, "A1", "STANDARD", 100));
        assertThatThrownBy(() -> new Booking("A", 7, 9, "GBP", null, one))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("holdExpiresAt:");
        assertThatThrownBy(() -> new Booking("A", 7, 9, "pounds", EXPIRY, one))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("currency:");
    }

    private static Booking held() {
        return new Booking("AB12CD", 7, 9, "GBP", EXPIRY, List.of(new Ticket(1, "F7", "STANDARD", 1100)));
    }

    @Test
    void holdExpiresOnlyOnceItsTimeIsUp() {
        Booking booking = held();
        assertThat(booking.holdRanOutAt(EXPIRY.minusMillis(1))).isFalse();
        assertThatThrownBy(() -> booking.expire(EXPIRY.minusMillis(1)))
                .isInstanceOf(BookingTransitionException.class).hasMessageContaining("cannot expire before");
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);

        assertThat(booking.holdRanOutAt(EXPIRY)).isTrue();
        booking.expire(EXPIRY);
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(booking.holdRanOutAt(EXPIRY)).isFalse();
        assertThatThrownBy(() -> booking.expire(EXPIRY)).isInstanceOf(BookingTransitionException.class);
    }

    @Test
    void releaseCancelsAHoldOnceAndLeavesEndedOnesAlone() {
        Booking booking = held();
        assertThat(booking.release()).isTrue();
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.release()).isFalse();
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);

        Booking expired = held();
        expired.expire(EXPIRY);
        assertThat(expired.release()).isFalse();
        assertThat(expired.getStatus()).isEqualTo(BookingStatus.EXPIRED);
    }

    @Test
    void bookingBeingPaidForNeitherExpiresNorIsReleased() {
        Booking booking = held();
        booking.startPayment(EXPIRY.minusSeconds(1));
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);

        assertThat(booking.holdRanOutAt(EXPIRY.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> booking.expire(EXPIRY.plusSeconds(3600)))
                .isInstanceOfSatisfying(BookingTransitionException.class,
                        e -> assertThat(e.to()).isEqualTo(BookingStatus.EXPIRED));
        assertThatThrownBy(booking::release).isInstanceOf(BookingTransitionException.class)
                .hasMessageContaining("can no longer be released");
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.PAYMENT_PENDING);
    }

    @Test
    void paymentCannotStartOnceTheHoldRanOut() {
        Booking booking = held();
        assertThatThrownBy(() -> booking.startPayment(EXPIRY)).isInstanceOf(HoldExpiredException.class);
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.HELD);
    }

    private static TicketTypeOffer offer(TicketType type) {
        return TicketTypes.defaults().offer(type).orElseThrow();
    }

    private static Booking standardAndVip() {
        return new Booking("AB12CD", 7, 9, "GBP", EXPIRY, List.of(
                new Ticket(1, "F7", "STANDARD", 1100), new Ticket(2, "F8", "VIP", 1800)));
    }

    @Test
    void aNewTicketIsAnAdultTicketAtTheFullPrice() {
        Ticket ticket = new Ticket(2, "F8", "VIP", 1800);

        assertThat(ticket.getTicketType()).isEqualTo(TicketType.ADULT);
        assertThat(ticket.getFullPriceCents()).isEqualTo(1800);
        assertThat(ticket.getPriceCents()).isEqualTo(1800);
    }

    @Test
    void chosenTypesArePricedOffEachSeatsFullPriceAndTheTotalFollows() {
        Booking booking = standardAndVip();

        booking.chooseTicketTypes(Map.of(2L, offer(TicketType.SENIOR)), null, null, EXPIRY.minusSeconds(1));
        assertThat(booking.getTickets())
                .extracting(Ticket::getTicketType, Ticket::getPriceCents, Ticket::getFullPriceCents)
                .containsExactly(tuple(TicketType.ADULT, 1100, 1100), tuple(TicketType.SENIOR, 1550, 1800));
        assertThat(booking.getSubtotalCents()).isEqualTo(2650);
        assertThat(booking.getTotalCents()).isEqualTo(2650);

        // Again from the full price, not from the price before: Senior to Child, and Adult back to the full price.
        booking.chooseTicketTypes(Map.of(1L, offer(TicketType.STUDENT), 2L, offer(TicketType.CHILD)), "12A", null,
                EXPIRY.minusSeconds(1));
        assertThat(booking.getTickets()).extracting(Ticket::getPriceCents).containsExactly(900, 1450);
        assertThat(booking.getTotalCents()).isEqualTo(2350);
        booking.chooseTicketTypes(Map.of(2L, offer(TicketType.ADULT)), null, null, EXPIRY.minusSeconds(1));
        assertThat(booking.getTickets()).extracting(Ticket::getPriceCents).containsExactly(900, 1800);
        assertThat(booking.getSubtotalCents()).isEqualTo(2700);
        assertThat(booking.getDiscountCents()).isZero();
        assertThat(booking.getTotalCents()).isEqualTo(2700);
    }

    @Test
    void aChoiceIsCheckedInFullBeforeAnyTicketChanges() {
        Booking booking = standardAndVip();
        Map<Long, TicketTypeOffer> childThenUnknown = new LinkedHashMap<>();
        childThenUnknown.put(1L, offer(TicketType.CHILD));
        childThenUnknown.put(3L, offer(TicketType.SENIOR));
        Map<Long, TicketTypeOffer> seniorThenChild = new LinkedHashMap<>();
        seniorThenChild.put(1L, offer(TicketType.SENIOR));
        seniorThenChild.put(2L, offer(TicketType.CHILD));

        assertThatThrownBy(() -> booking.chooseTicketTypes(childThenUnknown, null, null, EXPIRY.minusSeconds(1)))
                .isInstanceOf(ValidationException.class).hasMessage("tickets: seat 3 is not one of this booking's seats");
        assertThatThrownBy(() -> booking.chooseTicketTypes(seniorThenChild, "18", null, EXPIRY.minusSeconds(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("tickets: Child tickets are not sold for 18-rated films (seat F8)");

        assertThat(booking.getTickets()).extracting(Ticket::getTicketType).containsOnly(TicketType.ADULT);
        assertThat(booking.getTickets()).extracting(Ticket::getPriceCents).containsExactly(1100, 1800);
        assertThat(booking.getTotalCents()).isEqualTo(2900);
    }

    @Test
    void typesChangeOnlyOnAHoldThatStillRuns() {
        Map<Long, TicketTypeOffer> senior = Map.of(1L, offer(TicketType.SENIOR));

        Booking runOut = standardAndVip();
        assertThatThrownBy(() -> runOut.chooseTicketTypes(senior, null, null, EXPIRY))
                .isInstanceOf(HoldExpiredException.class);

        Booking paying = standardAndVip();
        paying.startPayment(EXPIRY.minusSeconds(1));
        assertThatThrownBy(() -> paying.chooseTicketTypes(senior, null, null, EXPIRY.minusSeconds(1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PAYMENT_PENDING");

        for (Booking unchanged : List.of(runOut, paying)) {
            assertThat(unchanged.getTickets()).extracting(Ticket::getPriceCents).containsExactly(1100, 1800);
        }
    }

    @Test
    void withACouponOnTheNewTotalTakesItsDiscountAsQuotedForTheNewSubtotal() {
        Booking withCoupon = standardAndVip();
        withCoupon.applyCoupon(new DiscountQuote("WELCOME10", 2900, 290));
        Map<Long, TicketTypeOffer> senior = Map.of(1L, offer(TicketType.SENIOR));
        assertThat(withCoupon.subtotalWith(senior)).isEqualTo(850 + 1800);

        withCoupon.chooseTicketTypes(senior, null, new DiscountQuote("WELCOME10", 2650, 265), EXPIRY.minusSeconds(1));

        assertThat(withCoupon.getTickets()).extracting(Ticket::getPriceCents).containsExactly(850, 1800);
        assertThat(withCoupon.getCouponCode()).isEqualTo("WELCOME10");
        assertThat(withCoupon.getSubtotalCents()).isEqualTo(2650);
        assertThat(withCoupon.getDiscountCents()).isEqualTo(265);
        assertThat(withCoupon.getTotalCents()).isEqualTo(2650 - 265);
    }

    @Test
    void aCouponIsAppliedOnlyAsQuotedForTheSubtotalAsItIs() {
        Booking booking = standardAndVip();

        assertThatThrownBy(() -> booking.applyCoupon(new DiscountQuote("WELCOME10", 2650, 265)))
                .isInstanceOf(CouponQuoteOutdated.class);
        assertThat(booking.getCouponCode()).isNull();
        assertThat(booking.getTotalCents()).isEqualTo(2900);

        booking.applyCoupon(new DiscountQuote("WELCOME10", 2900, 290));
        assertThat(booking.getCouponCode()).isEqualTo("WELCOME10");
        assertThat(booking.getTotalCents()).isEqualTo(2900 - 290);
    }

    @Test
    void aQuoteForAnotherCouponOrSubtotalOrNoneChangesNothing() {
        Map<Long, TicketTypeOffer> senior = Map.of(1L, offer(TicketType.SENIOR));
        Booking withCoupon = standardAndVip();
        withCoupon.applyCoupon(new DiscountQuote("WELCOME10", 2900, 290));

        for (DiscountQuote outdated : Arrays.asList(null, new DiscountQuote("SPRING5", 2650, 500),
                new DiscountQuote("WELCOME10", 2900, 290))) {
            assertThatThrownBy(() -> withCoupon.chooseTicketTypes(senior, null, outdated, EXPIRY.minusSeconds(1)))
                    .as("quote %s", outdated).isInstanceOf(CouponQuoteOutdated.class)
                    .hasMessageContaining("changed while its coupon was being quoted; nothing was changed");
        }
        // a discount beyond the new subtotal is refused before any ticket changes
        assertThatThrownBy(() -> withCoupon.chooseTicketTypes(senior, null, new DiscountQuote("WELCOME10", 2650, 2651),
                EXPIRY.minusSeconds(1))).isInstanceOf(ValidationException.class)
                .hasMessage("discountCents: must be between 0 and the subtotal 2650");
        assertThat(withCoupon.getTickets()).extracting(Ticket::getPriceCents).containsExactly(1100, 1800);
        assertThat(withCoupon.getTotalCents()).isEqualTo(2900 - 290);

        // A quote made for a coupon since removed is not needed: the new subtotal is the total.
        withCoupon.removeCoupon();
        withCoupon.chooseTicketTypes(senior, null, new DiscountQuote("WELCOME10", 2650, 265), EXPIRY.minusSeconds(1));
        assertThat(withCoupon.getDiscountCents()).isZero();
        assertThat(withCoupon.getTotalCents()).isEqualTo(2650);
    }
}
