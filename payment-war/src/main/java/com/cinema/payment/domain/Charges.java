package com.cinema.payment.domain;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.PaymentDeclinedException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.payment.persistence.GiftCardRepository;
import com.cinema.payment.persistence.PaymentRepository;
import com.cinema.payment.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes money, at most once per (customer, idempotency key). Two transactions: the PENDING row with its key
 * is committed first, so the unique key decides between concurrent repeats and a crash leaves a trace the
 * sweeper resolves; the processor's answer, the gift card's balance and SUCCEEDED/FAILED are then committed
 * together. Card data is used only in memory and logged only as brand and last four digits.
 */
@ApplicationScoped
public class Charges {

    private static final Logger LOG = Logger.getLogger(Charges.class.getName());
    private static final int CAPTURE_ATTEMPTS = 3;
    private static final long REPEAT_POLL_MILLIS = 25;

    @Inject
    Transactions transactions;

    @Inject
    PaymentRepository payments;

    @Inject
    GiftCardRepository giftCards;

    @Inject
    SimulatedProcessor processor;

    @Inject
    ReceiptNumbers receipts;

    @Inject
    PaymentSettings settings;

    @Inject
    PaymentMetrics metrics;

    /** The payment (SUCCEEDED, or PENDING if a repeat's first request is still undecided); PAYMENT_DECLINED if refused. */
    public Payment charge(ChargeRequest request) {
        long started = System.nanoTime();
        Payment pending;
        try {
            pending = transactions.run(() -> payments.insert(Payment.pending(request)));
        } catch (RuntimeException refused) {
            Payment first = transactions.run(() -> payments.byOwnerAndKey(request.owner(), request.idempotencyKey()))
                    .orElseThrow(() -> refused);
            return answerRepeat(request, first);
        }
        Payment decided = capture(pending.getId(), request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (decided.getStatus() == PaymentStatus.FAILED) {
            metrics.declined(request.method(), decided.getDeclineReason(), took);
        } else {
            metrics.charged(request.method(), took);
        }
        LOG.info(() -> "Payment " + decided.getId() + " of booking " + decided.getBookingId() + " by "
                + describe(request.instrument()) + ": " + decided.getStatus()
                + (decided.getDeclineReason() == null ? "" : " (" + decided.getDeclineReason() + ")"));
        return outcome(decided);
    }

    /** A known payment's outcome as a charge answers it: the payment, or its decline as an error. */
    public static Payment outcome(Payment payment) {
        if (payment.getStatus() == PaymentStatus.FAILED) {
            DeclineReason reason = payment.getDeclineReason() == null
                    ? DeclineReason.PROCESSING_ERROR : payment.getDeclineReason();
            throw declined(reason, payment.getId());
        }
        return payment;
    }

    static ApiException declined(DeclineReason reason, long paymentId) {
        return new PaymentDeclinedException(reason.message())
                .withExtension("reason", reason.name())
                .withExtension("retryable", reason.retryable())
                .withExtension("paymentId", String.valueOf(paymentId));
    }

    /** The same key again: the same request gets the first one's outcome, another request is a conflict. */
    private Payment answerRepeat(ChargeRequest request, Payment first) {
        if (!first.isSameRequestAs(request)) {
            throw new ConflictException("idempotencyKey: this key was already used for a different charge");
        }
        Payment current = first;
        long deadline = System.nanoTime() + settings.repeatWait().toNanos();
        while (current.getStatus() == PaymentStatus.PENDING && System.nanoTime() < deadline) {
            sleep(REPEAT_POLL_MILLIS);
            long id = first.getId();
            current = transactions.run(() -> payments.find(id)).orElse(current);
        }
        return outcome(current);
    }

    private Payment capture(long paymentId, ChargeRequest request) {
        Optional<DeclineReason> processorDecline;
        try {
            processorDecline = processor.authorize(request.instrument());
        } catch (SimulatedProcessor.AnswerLost lost) {
            LOG.warning(() -> "Payment " + paymentId + ": no answer from the processor; it stays PENDING");
            throw new UpstreamUnavailableException("payment processor", lost);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.run(() -> decide(paymentId, request, processorDecline));
            } catch (AlreadyDecided decided) {
                // The sweeper failed it meanwhile; the rollback undid any gift card change.
                return transactions.run(() -> payments.find(paymentId)).orElseThrow();
            } catch (RuntimeException e) {
                if (attempt == CAPTURE_ATTEMPTS) {
                    throw e;
                }
                // A deadlock or a receipt number taken already: nothing was committed, so try again.
                LOG.log(Level.FINE, "Capture of payment " + paymentId + " failed; trying again", e);
            }
        }
    }

    /** One transaction: the gift card's balance (if any) and the payment's final status. */
    private Payment decide(long paymentId, ChargeRequest request, Optional<DeclineReason> processorDecline) {
        Instant now = Instant.now();
        DeclineReason decline = processorDecline.orElse(null);
        Long giftCardId = null;
        if (decline == null && request.instrument() instanceof PaymentInstrument.GiftCard giftCard) {
            Optional<GiftCard> card = giftCards.byCode(giftCard.code());
            if (card.isEmpty()) {
                decline = DeclineReason.GIFT_CARD_UNKNOWN;
            } else if (!card.get().getCurrency().equals(request.currency())) {
                decline = DeclineReason.GIFT_CARD_CURRENCY;
            } else if (!giftCards.take(card.get().getId(), request.amountCents(), now)) {
                decline = DeclineReason.INSUFFICIENT_FUNDS;
            } else {
                giftCardId = card.get().getId();
            }
        }
        boolean moved = decline == null
                ? payments.markSucceeded(paymentId, receipts.next(), giftCardId, now)
                : payments.markFailed(paymentId, decline, now);
        if (!moved) {
            throw new AlreadyDecided();
        }
        return payments.find(paymentId).orElseThrow();
    }

    private static String describe(PaymentInstrument instrument) {
        if (instrument instanceof PaymentInstrument.Card card) {
            return "card " + card.details().number();
        }
        return instrument.method().name().toLowerCase().replace('_', ' ');
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a payment's outcome", e);
        }
    }

    /** The payment left PENDING before this capture could decide it; rolls the capture back. */
    private static class AlreadyDecided extends RuntimeException {
        AlreadyDecided() {
            super(null, null, false, false);
        }
    }
}
