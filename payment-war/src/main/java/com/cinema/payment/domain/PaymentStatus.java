package com.cinema.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment is, and the only ways it may move: PENDING -> SUCCEEDED or FAILED; SUCCEEDED ->
 * PARTIALLY_REFUNDED -> REFUNDED (a partial refund may follow another). The conditional UPDATEs take their
 * "from" states from this table.
 */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    REFUNDED,
    PARTIALLY_REFUNDED;

    public Set<PaymentStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(SUCCEEDED, FAILED);
            case SUCCEEDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case PARTIALLY_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case FAILED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canMoveTo(PaymentStatus target) {
        return next().contains(target);
    }

    /** The states a payment may be in to move to {@code target}. */
    public static Set<PaymentStatus> from(PaymentStatus target) {
        Set<PaymentStatus> sources = EnumSet.noneOf(PaymentStatus.class);
        for (PaymentStatus status : values()) {
            if (status.canMoveTo(target)) {
                sources.add(status);
            }
        }
        return sources;
    }

    /** Money was taken and not all of it given back. */
    public boolean isRefundable() {
        return canMoveTo(REFUNDED);
    }

    /** The state after refunds have given back {@code refundedCents} of {@code amountCents}. */
    public static PaymentStatus afterRefunds(int amountCents, int refundedCents) {
        if (refundedCents <= 0 || refundedCents > amountCents) {
            throw new IllegalArgumentException("refunded " + refundedCents + " of " + amountCents);
        }
        return refundedCents == amountCents ? REFUNDED : PARTIALLY_REFUNDED;
    }
}
