package com.cinema.booking.client;

/** The payment service's {@code Payment} as the booking service reads it (public fields for JSON-B). */
public class PaymentRef {
    public String id;
    public String bookingId;
    public int amountCents;
    public String currency;
    public String status;
    public String failureReason;
}
