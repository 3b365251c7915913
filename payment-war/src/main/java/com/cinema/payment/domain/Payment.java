package com.cinema.payment.domain;

import com.cinema.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One charge of a booking's total, identified for its caller by an idempotency key. Amounts are minor
 * units of the currency; of a card only brand and last four digits are kept.
 */
@Entity
@Table(name = "payment")
public class Payment extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "amount_cents", nullable = false)
    private int amountCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "card_brand", length = 20)
    private String cardBrand;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "failure_reason", length = 200)
    private String failureReason;

    @Column(name = "refunded_cents", nullable = false)
    private int refundedCents;

    @Column(name = "receipt_number", length = 40)
    private String receiptNumber;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_code", length = 40)
    private DeclineReason declineReason;

    @Column(name = "gift_card_id")
    private Long giftCardId;

    protected Payment() {
        // for JPA
    }

    /** A charge that has been asked for and not decided yet; of a card only brand and last four are kept. */
    public static Payment pending(ChargeRequest request) {
        Payment payment = new Payment();
        payment.userId = request.owner();
        payment.bookingId = request.bookingId();
        payment.idempotencyKey = request.idempotencyKey();
        payment.amountCents = request.amountCents();
        payment.currency = request.currency();
        payment.method = request.method();
        payment.status = PaymentStatus.PENDING;
        payment.requestFingerprint = request.fingerprint();
        if (request.instrument() instanceof PaymentInstrument.Card card) {
            payment.cardBrand = card.details().number().brand().name();
            payment.cardLast4 = card.details().number().last4();
        }
        return payment;
    }

    /** Whether a repeated request with this key asks for exactly the same charge. */
    public boolean isSameRequestAs(ChargeRequest request) {
        return requestFingerprint.equals(request.fingerprint());
    }

    public Long getId() {
        return id;
    }

    public long getBookingId() {
        return bookingId;
    }

    public long getUserId() {
        return userId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public int getAmountCents() {
        return amountCents;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public int getRefundedCents() {
        return refundedCents;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    /** Why a FAILED payment failed; null otherwise. */
    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public Long getGiftCardId() {
        return giftCardId;
    }

}
