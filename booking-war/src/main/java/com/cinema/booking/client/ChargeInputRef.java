package com.cinema.booking.client;

import com.cinema.booking.domain.Payments;

/** The payment service's {@code ChargeInput}; the card fields only ever travel, they are never kept here. */
public class ChargeInputRef {
    public String bookingId;
    public int amountCents;
    public String currency;
    public String idempotencyKey;
    public String method;
    public String cardNumber;
    public Integer expMonth;
    public Integer expYear;
    public String cvc;
    public String cardholderName;
    public String walletToken;
    public String giftCardCode;

    static ChargeInputRef of(Payments.ChargeOrder order) {
        ChargeInputRef input = new ChargeInputRef();
        input.bookingId = String.valueOf(order.bookingId());
        input.amountCents = order.amountCents();
        input.currency = order.currency();
        input.idempotencyKey = order.idempotencyKey();
        input.method = order.payment().method();
        input.cardNumber = order.payment().cardNumber();
        input.expMonth = order.payment().expMonth();
        input.expYear = order.payment().expYear();
        input.cvc = order.payment().cvc();
        input.cardholderName = order.payment().cardholderName();
        input.walletToken = order.payment().walletToken();
        input.giftCardCode = order.payment().giftCardCode();
        return input;
    }

    @Override
    public String toString() {
        return "ChargeInputRef[booking " + bookingId + ", " + method + "]";
    }
}
