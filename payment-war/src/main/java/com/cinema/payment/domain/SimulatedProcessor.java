package com.cinema.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated card and wallet processor. Test cards and demo wallet tokens decide the outcome; any other
 * valid card of an accepted brand is approved. Gift cards are the platform's own and are decided against
 * their balance in the capture transaction, not here.
 */
@ApplicationScoped
public class SimulatedProcessor {

    public static final String APPROVED_CARD = "4242424242424242";
    /** Approves, but only after {@code cinema.payment.slow-card-delay}: a charge caught in flight, for demos and tests. */
    public static final String SLOW_CARD = "4000000000000077";
    public static final String WALLET_APPROVE = "WALLET-DEMO-APPROVE";
    public static final String WALLET_DECLINE = "WALLET-DEMO-DECLINE";
    /** The processor's answer never arrives: the payment stays PENDING until the sweeper fails it. */
    public static final String WALLET_ANSWER_LOST = "WALLET-DEMO-LOST";

    private static final Map<String, DeclineReason> TEST_CARDS = Map.of(
            "4000000000000002", DeclineReason.CARD_DECLINED,
            "4000000000009995", DeclineReason.INSUFFICIENT_FUNDS,
            "4000000000000119", DeclineReason.PROCESSING_ERROR);

    @Inject
    PaymentSettings settings;

    /** Empty when approved, else the reason; throws {@link AnswerLost} when the processor never answers. */
    public Optional<DeclineReason> authorize(PaymentInstrument instrument) {
        pause(settings.processorDelay());
        if (instrument instanceof PaymentInstrument.Card card) {
            if (card.details().number().is(SLOW_CARD)) {
                pause(settings.slowCardDelay());
                return Optional.empty();
            }
            return TEST_CARDS.entrySet().stream()
                    .filter(test -> card.details().number().is(test.getKey()))
                    .map(Map.Entry::getValue).findFirst();
        }
        if (instrument instanceof PaymentInstrument.Wallet wallet) {
            if (WALLET_ANSWER_LOST.equals(wallet.token())) {
                throw new AnswerLost();
            }
            return WALLET_APPROVE.equals(wallet.token()) ? Optional.empty() : Optional.of(DeclineReason.WALLET_DECLINED);
        }
        return Optional.empty();
    }

    private static void pause(Duration delay) {
        long millis = delay.toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnswerLost();
            }
        }
    }

    /** The outcome of an authorisation is unknown: nothing may be assumed either way. */
    public static class AnswerLost extends RuntimeException {
        AnswerLost() {
            super("The payment processor did not answer");
        }
    }
}
