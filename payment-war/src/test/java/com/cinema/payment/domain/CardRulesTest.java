package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Luhn, brand detection, expiry and CVC rules, and that no rule repeats a card number. */
class CardRulesTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "4000000000000002", "4000000000009995", "4000000000000119", "4000000000000077",
            "5555555555554444", "2223003122003222", "378282246310005", "79927398713"})
    void luhnAcceptsValidNumbers(String number) {
        assertThat(CardNumber.passesLuhn(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "4000000000000003", "378282246310006", "79927398710"})
    void luhnRejectsAChangedCheckDigit(String number) {
        assertThat(CardNumber.passesLuhn(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"4242424242424242,VISA", "4222222222222,VISA", "5555555555554444,MASTERCARD",
            "5105105105105100,MASTERCARD", "2223003122003222,MASTERCARD", "378282246310005,AMEX",
            "371449635398431,AMEX"})
    void brandIsDetectedFromPrefixAndLength(String number, CardBrand brand) {
        assertThat(CardNumber.parse(number).brand()).isEqualTo(brand);
    }

    @Test
    void unknownSchemesAndWrongLengthsHaveNoBrand() {
        assertThat(CardBrand.of("6011111111111117")).isEmpty(); // Discover: not accepted
        assertThat(CardBrand.of("5555555555554")).isEmpty(); // Mastercard prefix, 13 digits
        assertThat(CardBrand.of("37828224631000")).isEmpty(); // Amex prefix, 14 digits
        assertThatThrownBy(() -> CardNumber.parse("6011111111111117"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("cardNumber: ");
    }

    @Test
    void spacesAndDashesAreAllowedAndOnlyBrandAndLastFourShow() {
        CardNumber card = CardNumber.parse("4242 4242-4242 4242");
        assertThat(card.last4()).isEqualTo("4242");
        assertThat(card.toString()).isEqualTo("VISA ending 4242").doesNotContain("424242424242");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "42424242", "4242abcd42424242", "42424242424242424242", " "})
    void badNumbersNameTheFieldAndNeverRepeatTheNumber(String number) {
        assertThatThrownBy(() -> CardNumber.parse(number))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("cardNumber"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(number.strip().isEmpty() ? "\u0000" : number));
    }

    @Test
    void aCardIsValidUntilTheEndOfItsExpiryMonth() {
        assertThat(CardDetails.expiry(12, 2026, NOW)).isEqualTo(YearMonth.of(2026, 12));
        assertThat(CardDetails.expiry(1, 2027, NOW)).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void expiredOrImpossibleExpiriesNameMonthOrYear() {
        assertField(() -> CardDetails.expiry(11, 2026, NOW), "expMonth");
        assertField(() -> CardDetails.expiry(12, 2025, NOW), "expYear");
        assertField(() -> CardDetails.expiry(13, 2030, NOW), "expMonth");
        assertField(() -> CardDetails.expiry(0, 2030, NOW), "expMonth");
        assertField(() -> CardDetails.expiry(null, 2030, NOW), "expMonth");
        assertField(() -> CardDetails.expiry(5, null, NOW), "expYear");
        assertField(() -> CardDetails.expiry(5, 30, NOW), "expYear");
    }

    @Test
    void cvcHasThreeDigitsAndFourForAmex() {
        CardDetails.checkCvc("123", CardBrand.VISA);
        CardDetails.checkCvc("1234", CardBrand.AMEX);
        assertField(() -> CardDetails.checkCvc("1234", CardBrand.VISA), "cvc");
        assertField(() -> CardDetails.checkCvc("123", CardBrand.AMEX), "cvc");
        assertField(() -> CardDetails.checkCvc("12a", CardBrand.MASTERCARD), "cvc");
        assertField(() -> CardDetails.checkCvc(null, CardBrand.VISA), "cvc");
    }

    @Test
    void fieldsAreCheckedInFormOrderAndTheHolderIsRequired() {
        assertField(() -> CardDetails.of("4242424242424241", 1, 2020, "1", " ", NOW), "cardNumber");
        assertField(() -> CardDetails.of("4242424242424242", 1, 2020, "1", " ", NOW), "expYear");
        assertField(() -> CardDetails.of("4242424242424242", 1, 2030, "1", " ", NOW), "cvc");
        assertField(() -> CardDetails.of("4242424242424242", 1, 2030, "123", " ", NOW), "cardholderName");
        assertThat(CardDetails.of("4242424242424242", 1, 2030, "123", " Ada Lovelace ", NOW).cardholderName())
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void theFingerprintOfACardChargeHoldsNoCardNumber() {
        CardDetails card = CardDetails.of("4242424242424242", 1, 2030, "123", "Ada", NOW);
        PaymentInstrument instrument = new PaymentInstrument.Card(card);
        assertThat(instrument.fingerprint()).isEqualTo("card:VISA:4242:2030-01");
        ChargeRequest request = new ChargeRequest(7, 9, 1250, "gbp", "key-1", instrument);
        assertThat(request.fingerprint()).hasSize(64).doesNotContain("4242424242424242");
        assertThat(request.currency()).isEqualTo("GBP");
        // Any parameter changed, another fingerprint; the same parameters, the same one.
        assertThat(new ChargeRequest(7, 9, 1250, "GBP", "key-2", instrument).fingerprint()).isEqualTo(request.fingerprint());
        assertThat(new ChargeRequest(7, 9, 1251, "GBP", "key-1", instrument).fingerprint()).isNotEqualTo(request.fingerprint());
        assertThat(new ChargeRequest(7, 10, 1250, "GBP", "key-1", instrument).fingerprint()).isNotEqualTo(request.fingerprint());
    }

    @Test
    void chargeAndRefundRequestsNameTheirBadFields() {
        PaymentInstrument wallet = new PaymentInstrument.Wallet("w");
        assertField(() -> new ChargeRequest(1, 1, 0, "GBP", "k", wallet), "amountCents");
        assertField(() -> new ChargeRequest(1, 1, 100, "POUNDS", "k", wallet), "currency");
        assertField(() -> new ChargeRequest(1, 1, 100, "GBP", " ", wallet), "idempotencyKey");
        assertField(() -> new RefundRequest(1, 0, "r", "k"), "amountCents");
        assertField(() -> new RefundRequest(1, null, " ", "k"), "reason");
        assertThat(new RefundRequest(1, null, "r", "k").fingerprint())
                .isNotEqualTo(new RefundRequest(1, 100, "r", "k").fingerprint());
    }

    private static void assertField(Runnable check, String field) {
        assertThatThrownBy(check::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }
}
