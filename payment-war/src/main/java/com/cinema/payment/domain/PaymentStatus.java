package com.cinema.payment.domain;

/** Where a payment is: charged or not, and how much of it has been given back. */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    REFUNDED,
    PARTIALLY_REFUNDED
}
