package com.cinema.booking.domain;

/**
 * How far a booking's checkout (or its refund) got, recorded before each call to another service so that a
 * restarted service or the {@link CheckoutReconciler} knows what is left to do (docs/architecture.md, the
 * booking saga). Null for a booking never checked out.
 */
public enum CheckoutStep {
    /** PAYMENT_PENDING with the caller's idempotency key; nothing asked of other services yet. */
    STARTED,
    /** The booking's coupon use is reserved for it (only bookings with a coupon). */
    COUPON_RESERVED,
    /** The charge was sent: its outcome is asked for by idempotency key before anything else is decided. */
    CHARGE_SENT,
    /** Paid and confirmed; a coupon, if any, still to be redeemed. */
    CONFIRMED,
    /** Confirmed and the coupon redeemed: nothing left to do. */
    COUPON_REDEEMED,
    /** Cancelled or refunded here; the payment's refund and the coupon's release are still to be done. */
    REFUND_PENDING,
    /** The money and the coupon use are given back. */
    REFUNDED
}
