package com.cinema.gateway.report;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.payment.Payment;
import com.cinema.gateway.api.payment.PaymentFilter;
import com.cinema.gateway.api.payment.PaymentPage;
import com.cinema.gateway.client.BookingServiceClient;
import com.cinema.gateway.client.PaymentServiceClient;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code payments.csv}: every payment attempt made in the period, newest first, page by page from the payment
 * service's search for the period, each with the code of the booking it paid for (one booking call per page), the
 * code a customer quotes and staff search by.
 */
final class PaymentsExport implements CsvExport {

    /** Payments whose money was taken (refunded since or not): the others' net is zero. */
    private static final Set<String> CAPTURED = Set.of("SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED");

    private final PaymentServiceClient payments;
    private final BookingServiceClient bookings;
    private final PaymentFilter filter = new PaymentFilter();
    private final int pageSize;
    private long total = Long.MAX_VALUE;
    private int page;

    PaymentsExport(PaymentServiceClient payments, BookingServiceClient bookings, ReportPeriod period, int pageSize) {
        this.payments = payments;
        this.bookings = bookings;
        this.pageSize = pageSize;
        filter.from = period.startInclusive().atOffset(ZoneOffset.UTC);
        filter.to = period.endExclusive().atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<String> header() {
        return List.of("paymentId", "bookingId", "bookingCode", "createdAt", "method", "status", "amountCents", "refundedCents",
                "netCents", "currency", "cardBrand", "cardLast4", "receiptNumber", "failureReason");
    }

    @Override
    public List<List<Object>> nextRows() {
        if ((long) page * pageSize >= total) {
            return List.of();
        }
        PaymentPage result = payments.payments(filter, page++, pageSize);
        total = result.total;
        List<Payment> items = result.items == null ? List.of() : result.items;
        Map<String, String> codes = items.isEmpty() ? Map.of()
                : bookings.bookingsByIds(items.stream().map(p -> p.bookingId).distinct().toList()).stream()
                .collect(Collectors.toMap(b -> b.id, b -> b.code, (a, b) -> a));
        List<List<Object>> rows = new ArrayList<>();
        for (Payment p : items) {
            rows.add(Arrays.asList(p.id, p.bookingId, codes.get(p.bookingId), p.createdAt, p.method, p.status, p.amountCents,
                    p.refundedCents, CAPTURED.contains(p.status) ? p.amountCents - p.refundedCents : 0,
                    p.currency, p.cardBrand, p.cardLast4, p.receiptNumber, CsvCells.text(p.failureReason)));
        }
        return rows;
    }
}
