package com.cinema.payment.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The test cards decide the outcome; the slow card approves only after its configured delay. */
class SimulatedProcessorTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    private final SimulatedProcessor processor = new SimulatedProcessor();

    SimulatedProcessorTest() {
        processor.settings = new PaymentSettings();
        processor.settings.processorDelay = Duration.ZERO;
        processor.settings.slowCardDelay = Duration.ofMillis(400);
    }

    private static PaymentInstrument card(String number) {
        return new PaymentInstrument.Card(CardDetails.of(number, 12, 2029, "123", "Ada Lovelace", NOW));
    }

    @Test
    void theSlowCardApprovesAfterItsDelayAndOtherCardsDoNotWait() {
        long start = System.nanoTime();
        assertThat(processor.authorize(card(SimulatedProcessor.SLOW_CARD))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));

        start = System.nanoTime();
        assertThat(processor.authorize(card(SimulatedProcessor.APPROVED_CARD))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(400));
    }

    @Test
    void declineCardsStillDecline() {
        assertThat(processor.authorize(card("4000000000000002"))).contains(DeclineReason.CARD_DECLINED);
        assertThat(processor.authorize(card("4000000000009995"))).contains(DeclineReason.INSUFFICIENT_FUNDS);
    }
}
