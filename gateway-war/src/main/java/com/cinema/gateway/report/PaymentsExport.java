package com.cinema.gateway.report;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.gateway.api.payment.Payment;
import com.cinema.gateway.api.payment.PaymentPage;
import com.cinema.gateway.client.PaymentServiceClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code payments.csv}: every payment attempt made in the period, newest first. The payment service lists payments
 * newest first, so the export skips those after the period and stops at the first one before it.
 */
final class PaymentsExport implements CsvExport {

    /** Payments whose money was taken (refunded since or not): the others' net is zero. */
    private static final Set<String> CAPTURED = Set.of("SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED");

    private final PaymentServiceClient payments;
    private final Instant start;
    private final Instant end;
    private final int pageSize;
    private boolean done;
    private int page;

    PaymentsExport(PaymentServiceClient payments, ReportPeriod period, int pageSize) {
        this.payments = payments;
        this.start = period.startInclusive();
        this.end = period.endExclusive();
        this.pageSize = pageSize;
    }

    @Override
    public List<String> header() {
        return List.of("paymentId", "bookingId", "createdAt", "method", "status", "amountCents", "refundedCents",
                "netCents", "currency", "cardBrand", "cardLast4", "receiptNumber", "failureReason");
    }

    @Override
    public List<List<Object>> nextRows() {
        List<List<Object>> rows = new ArrayList<>();
        // Pages wholly after the period give no rows but do not end the export.
        while (!done && rows.isEmpty()) {
            PaymentPage result = payments.payments(page++, pageSize);
            List<Payment> items = result.items == null ? List.of() : result.items;
            done = items.isEmpty() || (long) page * pageSize >= result.total;
            for (Payment p : items) {
                Instant made = p.createdAt.toInstant();
                if (made.isBefore(start)) {
                    done = true;
                    break;
                }
                if (made.isBefore(end)) {
                    rows.add(Arrays.asList(p.id, p.bookingId, p.createdAt, p.method, p.status, p.amountCents,
                            p.refundedCents, CAPTURED.contains(p.status) ? p.amountCents - p.refundedCents : 0,
                            p.currency, p.cardBrand, p.cardLast4, p.receiptNumber, CsvCells.text(p.failureReason)));
                }
            }
        }
        return rows;
    }
}
