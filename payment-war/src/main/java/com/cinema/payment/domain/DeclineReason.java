package com.cinema.payment.domain;

/** Why the processor refused a charge; the code reaches the caller as {@code extensions.reason}. */
public enum DeclineReason {
    CARD_DECLINED("The card was declined", false),
    INSUFFICIENT_FUNDS("There are not enough funds for this payment", false),
    PROCESSING_ERROR("The payment could not be processed; a new attempt may succeed", true),
    WALLET_DECLINED("The wallet declined the payment", false),
    GIFT_CARD_UNKNOWN("The gift card code is not known", false),
    GIFT_CARD_CURRENCY("The gift card is in another currency", false),
    PROCESSING_INTERRUPTED("processing interrupted", true);

    private final String message;
    private final boolean retryable;

    DeclineReason(String message, boolean retryable) {
        this.message = message;
        this.retryable = retryable;
    }

    /** Said to the customer; never contains card data. */
    public String message() {
        return message;
    }

    /** Whether a new attempt (with a new key) may succeed: only when processing failed, never on a refusal. */
    public boolean retryable() {
        return retryable;
    }
}
