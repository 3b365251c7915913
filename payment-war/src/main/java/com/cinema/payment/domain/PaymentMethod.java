package com.cinema.payment.domain;

/** How a customer pays: a card (number, expiry, CVC), a wallet token or a gift card code. */
public enum PaymentMethod {
    CARD,
    WALLET,
    GIFT_CARD
}
