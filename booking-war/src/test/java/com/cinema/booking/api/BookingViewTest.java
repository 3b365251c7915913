package com.cinema.booking.api;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
