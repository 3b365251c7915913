package com.cinema.payment.api;

import com.cinema.payment.domain.Payment;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code Payment} type. The idempotency key stays inside: it is the caller's secret. */
@Type("Payment")
public class PaymentView {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String bookingId;
    @Description("Minor units of the currency")
    public int amountCents;
    @NonNull
    public String currency;
    @NonNull
    @Description("CARD, WALLET or GIFT_CARD")
    public String method;
    @NonNull
    @Description("PENDING, SUCCEEDED, FAILED, REFUNDED or PARTIALLY_REFUNDED")
    public String status;
    public String cardBrand;
    public String cardLast4;
    public String failureReason;
    public int refundedCents;
    public String receiptNumber;
    @NonNull
    public OffsetDateTime createdAt;

    static PaymentView of(Payment payment) {
        PaymentView view = new PaymentView();
        view.id = String.valueOf(payment.getId());
        view.bookingId = String.valueOf(payment.getBookingId());
        view.amountCents = payment.getAmountCents();
        view.currency = payment.getCurrency();
        view.method = payment.getMethod().name();
        view.status = payment.getStatus().name();
        view.cardBrand = payment.getCardBrand();
        view.cardLast4 = payment.getCardLast4();
        view.failureReason = payment.getFailureReason();
        view.refundedCents = payment.getRefundedCents();
        view.receiptNumber = payment.getReceiptNumber();
        view.createdAt = payment.getCreatedAt().atOffset(ZoneOffset.UTC);
        return view;
    }
}
