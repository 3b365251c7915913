package com.cinema.booking.api;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.Ticket;
import com.cinema.booking.domain.TicketType;
import com.cinema.booking.domain.TicketTypeChange;
import com.cinema.common.error.ValidationException;
import com.cinema.booking.domain.TicketTypes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BookingViewTest {

    @Test
    void showsIdsAsStringsTimesInUtcAndTicketsInOrder() {
        Booking booking = new Booking("AB12CD", 7, 9, "GBP", Instant.parse("2026-12-04T12:10:00Z"),
                List.of(new Ticket(101, "F7", "STANDARD", 1100), new Ticket(102, "F8", "VIP", 1800)));

        BookingView view = BookingView.of(booking);

        assertThat(view.code).isEqualTo("AB12CD");
        assertThat(view.userId).isEqualTo("7");
        assertThat(view.showtimeId).isEqualTo("9");
        assertThat(view.status).isEqualTo("HELD");
        assertThat(view.holdExpiresAt.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(view.holdExpiresAt).hasToString("2026-12-04T12:10Z");
        assertThat(view.subtotalCents).isEqualTo(2900);
        assertThat(view.totalCents).isEqualTo(2900);
        assertThat(view.currency).isEqualTo("GBP");
        assertThat(view.couponCode).isNull();
        assertThat(view.tickets).extracting(t -> t.seatId).containsExactly("101", "102");
        assertThat(view.tickets).extracting(t -> t.seatType).containsExactly("STANDARD", "VIP");
        assertThat(view.tickets).extracting(t -> t.priceCents).containsExactly(1100, 1800);
        assertThat(view.tickets).extracting(t -> t.ticketType).containsExactly(TicketType.ADULT, TicketType.ADULT);
    }

    @Test
    void ticketsShowTheTypeTheyWerePricedAs() {
        Booking booking = new Booking("AB12CD", 7, 9, "GBP", Instant.parse("2026-12-04T12:10:00Z"),
                List.of(new Ticket(101, "F7", "STANDARD", 1100), new Ticket(102, "F8", "VIP", 1800)));
        booking.chooseTicketTypes(Map.of(102L, TicketTypes.defaults().offer(TicketType.CHILD).orElseThrow()), "PG",
                null, Instant.parse("2026-12-04T12:00:00Z"));

        BookingView view = BookingView.of(booking);

        assertThat(view.tickets).extracting(t -> t.ticketType).containsExactly(TicketType.ADULT, TicketType.CHILD);
        assertThat(view.tickets).extracting(t -> t.priceCents).containsExactly(1100, 1450);
        assertThat(view.tickets).extracting(t -> t.fullPriceCents).containsExactly(1100, 1800);
        assertThat(view.subtotalCents).isEqualTo(2550);
        assertThat(view.totalCents).isEqualTo(2550);
    }

    @Test
    void ticketTypesOnSaleShowTheirOffer() {
        assertThat(TicketTypes.defaults().offered().stream().map(TicketTypeOfferView::of).toList())
                .extracting(o -> o.type, o -> o.label, o -> o.condition, o -> o.discountCents, o -> o.notForRatings)
                .containsExactly(
                        tuple(TicketType.ADULT, "Adult", "", 0, List.of()),
                        tuple(TicketType.CHILD, "Child", "Under 15", 350, List.of("15", "18")),
                        tuple(TicketType.SENIOR, "Senior", "65 and over", 250, List.of()),
                        tuple(TicketType.STUDENT, "Student", "With a valid student card", 200, List.of()));
    }

    @Test
    void aChosenSeatIsReadAsANumberAndAnythingElseNamesTickets() {
        TicketTypeChoiceInput choice = new TicketTypeChoiceInput();
        choice.seatId = " 811045 ";
        choice.type = TicketType.SENIOR;
        assertThat(choice.toChoice()).isEqualTo(new TicketTypeChange.Choice(811045, TicketType.SENIOR));

        choice.seatId = "A5";
        assertThatThrownBy(choice::toChoice).isInstanceOf(ValidationException.class)
                .hasMessage("tickets: is not a valid id");
    }

    @Test
    void pageKeepsItsNumbersAndCapsTheTotal() {
        BookingPage page = BookingPage.of(List.of(), 5_000_000_000L, 2, 50);
        assertThat(page.total).isEqualTo(Integer.MAX_VALUE);
        assertThat(page.page).isEqualTo(2);
        assertThat(page.size).isEqualTo(50);
        assertThat(page.items).isEmpty();
    }
}
