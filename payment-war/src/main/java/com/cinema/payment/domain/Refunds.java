package com.cinema.payment.domain;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.payment.persistence.GiftCardRepository;
import com.cinema.payment.persistence.PaymentRepository;
import com.cinema.payment.persistence.RefundRepository;
import com.cinema.payment.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives money back, fully or in parts, each refund at most once per (payment, idempotency key). The
 * conditional UPDATE of the payment's refunded total decides, so concurrent refunds never give back more
 * than was captured; a gift card gets its amount back in the same transaction.
 */
@ApplicationScoped
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    @Inject
    Transactions transactions;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    GiftCardRepository giftCards;

    @Inject
    PaymentMetrics metrics;

    public Payment refund(RefundRequest request) {
        Optional<Payment> repeated = transactions.run(() -> repeatOf(request));
        if (repeated.isPresent()) {
            return repeated.get();
        }
        try {
            Payment refunded = transactions.run(() -> refundOnce(request));
            metrics.refunded();
            LOG.info(() -> "Payment " + refunded.getId() + " refunded, now " + refunded.getRefundedCents() + " of "
                    + refunded.getAmountCents() + " " + refunded.getCurrency() + ": " + refunded.getStatus());
            return refunded;
        } catch (ApiException refused) {
            metrics.refundRefused();
            throw refused;
        } catch (RuntimeException failed) {
            // Most likely the same key sent twice at once: the unique key let the other one in.
            return transactions.run(() -> repeatOf(request)).orElseThrow(() -> failed);
        }
    }

    /** The payment as it is now when this key already refunded it with the same request; a conflict if not. */
    private Optional<Payment> repeatOf(RefundRequest request) {
        return refunds.byPaymentAndKey(request.paymentId(), request.idempotencyKey()).map(first -> {
            if (!first.isSameRequestAs(request)) {
                throw new ConflictException("idempotencyKey: this key was already used for a different refund");
            }
            return payments.find(request.paymentId()).orElseThrow();
        });
    }

    private Payment refundOnce(RefundRequest request) {
        Instant now = Instant.now();
        Payment payment = payments.find(request.paymentId())
                .orElseThrow(() -> new NotFoundException("Payment " + request.paymentId() + " was not found"));
        if (!payment.getStatus().isRefundable()) {
            throw new ConflictException("A " + payment.getStatus() + " payment cannot be refunded");
        }
        int left = payment.getAmountCents() - payment.getRefundedCents();
        int amount = request.amountCents() == null ? left : request.amountCents();
        // The UPDATE decides; the payment read above may already be out of date.
        if (amount > left || !payments.addRefund(payment.getId(), amount, now)) {
            throw new ConflictException("amountCents: a refund of " + amount + " is more than what is left of the payment");
        }
        refunds.insert(new Refund(request, amount));
        if (payment.getGiftCardId() != null) {
            giftCards.giveBack(payment.getGiftCardId(), amount, now);
        }
        return payments.findFresh(payment.getId());
    }
}
