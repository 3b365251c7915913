package com.cinema.gateway.report;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.payment.Payment;
import com.cinema.gateway.api.payment.PaymentFilter;
import com.cinema.gateway.api.payment.PaymentPage;
import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.PaymentServiceClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentsExportTest {

    /** Plays the payment service's newest-first search of payments, one a day, and notes the pages asked for. */
    static final class NewestFirst extends PaymentServiceClient {
        final List<Payment> all = new ArrayList<>();
        final List<Integer> pagesAsked = new ArrayList<>();

        NewestFirst(int days) {
            for (int d = days; d >= 1; d--) {
                Payment p = new Payment();
                p.id = String.valueOf(d);
                p.bookingId = "b" + d;
                p.createdAt = OffsetDateTime.parse(String.format("2031-05-%02dT12:00:00Z", d));
                p.amountCents = 1000;
                p.refundedCents = d == 5 ? 400 : 0;
                p.status = d == 5 ? "PARTIALLY_REFUNDED" : d == 6 ? "FAILED" : "SUCCEEDED";
                p.currency = "GBP";
                p.method = "CARD";
                all.add(p);
            }
        }

        @Override
        public PaymentPage payments(PaymentFilter filter, Integer page, Integer size) {
            pagesAsked.add(page);
            List<Payment> matching = all.stream()
                    .filter(p -> !p.createdAt.isBefore(filter.from) && p.createdAt.isBefore(filter.to)).toList();
            PaymentPage result = new PaymentPage();
            result.items = matching.subList(Math.min(matching.size(), page * size),
                    Math.min(matching.size(), (page + 1) * size));
            result.total = matching.size();
            return result;
        }
    }

    /** Plays the booking service: every booking's code is "K" and its number; notes each batch asked for. */
    static final class Codes extends BookingServiceClient {
        final List<List<String>> asked = new ArrayList<>();

        @Override
        public List<Booking> bookingsByIds(List<String> ids) {
            asked.add(ids);
            return ids.stream().map(id -> {
                Booking booking = new Booking();
                booking.id = id;
                booking.code = "K" + id.substring(1);
                return booking;
            }).toList();
        }
    }

    private static List<List<Object>> drain(CsvExport export) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<List<Object>> next = export.nextRows(); !next.isEmpty(); next = export.nextRows()) {
            rows.addAll(next);
        }
        return rows;
    }

    @Test
    void onlyThePeriodsPaymentsAreAskedForPageByPage() {
        NewestFirst service = new NewestFirst(28);
        ReportPeriod period = new ReportPeriod(LocalDate.of(2031, 5, 4), LocalDate.of(2031, 5, 7));

        Codes bookings = new Codes();
        List<List<Object>> rows = drain(new PaymentsExport(service, bookings, period, 3));

        assertThat(rows).extracting(r -> r.get(0)).containsExactly("7", "6", "5", "4");
        // Each payment with its booking's code, read once per page.
        assertThat(rows).extracting(r -> r.get(2)).containsExactly("K7", "K6", "K5", "K4");
        assertThat(bookings.asked).containsExactly(List.of("b7", "b6", "b5"), List.of("b4"));
        // Net of refunds for captured payments, zero for a failed one.
        assertThat(rows).extracting(r -> r.get(8)).containsExactly(1000, 0, 600, 1000);
        // Only the period's four payments are asked for, in pages of 3: two pages, and no page after the last.
        assertThat(service.pagesAsked).containsExactly(0, 1);
    }

    @Test
    void formulaLikeTextIsDefusedAndOrdinaryTextKept() {
        assertThat(CsvCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("Smith, \"The\" Return")).isEqualTo("Smith, \"The\" Return");
        assertThat(CsvCells.text(null)).isNull();
    }
}
