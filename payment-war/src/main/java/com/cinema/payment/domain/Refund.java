package com.cinema.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;

/** One refund of a payment, full or partial; append-only, so it carries no version. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Column(name = "amount_cents", nullable = false)
    private int amountCents;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Refund() {
        // for JPA
    }

    public Refund(RefundRequest request, int amountCents) {
        this.paymentId = request.paymentId();
        this.amountCents = amountCents;
        this.reason = request.reason();
        this.idempotencyKey = request.idempotencyKey();
        this.requestFingerprint = request.fingerprint();
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    public long getPaymentId() {
        return paymentId;
    }

    public int getAmountCents() {
        return amountCents;
    }

    public boolean isSameRequestAs(RefundRequest request) {
        return requestFingerprint.equals(request.fingerprint());
    }
}
