package com.cinema.booking.domain;

import com.cinema.booking.domain.Payments.PaymentOutcome;
import com.cinema.booking.domain.Payments.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the saga reads a payment's state: taken money is never mistaken for a failure, nor a new state for either. */
class PaymentOutcomeTest {

    @Test
    void moneyTakenIsASuccessEvenOnceGivenBack() {
        for (PaymentStatus taken : new PaymentStatus[] {PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED,
                PaymentStatus.REFUNDED}) {
            PaymentOutcome outcome = new PaymentOutcome(1, taken, null);
            assertThat(outcome.succeeded()).as(taken.name()).isTrue();
            assertThat(outcome.failed()).as(taken.name()).isFalse();
        }
        assertThat(new PaymentOutcome(1, PaymentStatus.FAILED, "CARD_DECLINED").failed()).isTrue();
    }

    @Test
    void aStateThePaymentServiceAddsLaterIsUndecidedNotAGuess() {
        PaymentOutcome outcome = new PaymentOutcome(1, PaymentStatus.fromWire("CHARGEBACK_REVIEW"), null);

        assertThat(outcome.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failed()).isFalse();
        assertThat(PaymentStatus.fromWire("REFUNDED")).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(PaymentStatus.fromWire(null)).isEqualTo(PaymentStatus.PENDING);
    }
}
