package com.cinema.booking.domain;

/**
 * How the customer pays, passed through to the payment service and never stored or logged here: card fields for
 * CARD, walletToken for WALLET, giftCardCode for GIFT_CARD. {@link #toString} shows no card data.
 */
public record PaymentDetails(String method, String cardNumber, Integer expMonth, Integer expYear, String cvc,
                             String cardholderName, String walletToken, String giftCardCode) {

    @Override
    public String toString() {
        return "PaymentDetails[" + method + "]";
    }
}
