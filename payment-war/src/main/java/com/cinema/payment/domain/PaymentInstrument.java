package com.cinema.payment.domain;

import java.time.YearMonth;
import java.util.Locale;

/** What a charge takes money from. {@link #fingerprint()} describes it without secrets that matter. */
public sealed interface PaymentInstrument {

    PaymentMethod method();

    /** The part of a request's fingerprint that names the instrument; a card only by brand, last four, expiry. */
    String fingerprint();

    record Card(CardDetails details) implements PaymentInstrument {
        @Override
        public PaymentMethod method() {
            return PaymentMethod.CARD;
        }

        @Override
        public String fingerprint() {
            YearMonth expiry = details.expiry();
            return "card:" + details.number().brand() + ":" + details.number().last4() + ":" + expiry;
        }
    }

    record Wallet(String token) implements PaymentInstrument {
        @Override
        public PaymentMethod method() {
            return PaymentMethod.WALLET;
        }

        @Override
        public String fingerprint() {
            return "wallet:" + token;
        }
    }

    record GiftCard(String code) implements PaymentInstrument {
        public GiftCard {
            code = code.strip().toUpperCase(Locale.ROOT);
        }

        @Override
        public PaymentMethod method() {
            return PaymentMethod.GIFT_CARD;
        }

        @Override
        public String fingerprint() {
            return "gift-card:" + code;
        }
    }
}
