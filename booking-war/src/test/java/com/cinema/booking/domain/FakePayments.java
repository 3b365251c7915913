package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.PaymentDeclinedException;
import com.cinema.common.error.UpstreamUnavailableException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the payment service: once per (customer, key), the same request again gets the first one's outcome,
 * another request with the key is CONFLICT; the declining test card is PAYMENT_DECLINED. Switches lose the
 * answer (the charge happens, the caller sees UPSTREAM_UNAVAILABLE) or make lookups fail.
 */
class FakePayments implements Payments {

    static final String DECLINING_CARD = "4000000000000002";

    record Charge(long bookingId, int amountCents, String key, String card, long paymentId, String status) {
    }

    final List<ChargeOrder> chargeCalls = new ArrayList<>();
    final Map<String, Charge> byKey = new HashMap<>();
    final List<String> refunds = new ArrayList<>();
    private final Set<String> refundKeys = new HashSet<>();
    private final AtomicLong ids = new AtomicLong(9000);
    boolean loseAnswer;
    boolean lookupFails;
    boolean chargeNeverArrives;

    @Override
    public PaymentOutcome charge(ChargeOrder order) {
        chargeCalls.add(order);
        if (chargeNeverArrives) {
            throw new UpstreamUnavailableException("payment", null);
        }
        Charge first = byKey.get(order.idempotencyKey());
        if (first != null) {
            if (first.amountCents() != order.amountCents() || !first.card().equals(order.payment().cardNumber())) {
                throw new ConflictException("idempotencyKey: this key was already used for a different charge");
            }
            return answer(first);
        }
        boolean declined = DECLINING_CARD.equals(order.payment().cardNumber());
        Charge charge = new Charge(order.bookingId(), order.amountCents(), order.idempotencyKey(),
                order.payment().cardNumber(), ids.incrementAndGet(), declined ? "FAILED" : "SUCCEEDED");
        byKey.put(order.idempotencyKey(), charge);
        if (loseAnswer) {
            throw new UpstreamUnavailableException("payment", null);
        }
        return answer(charge);
    }

    private PaymentOutcome answer(Charge charge) {
        if ("FAILED".equals(charge.status())) {
            throw (PaymentDeclinedException) new PaymentDeclinedException("Your card was declined")
                    .withExtension("reason", "CARD_DECLINED").withExtension("retryable", false)
                    .withExtension("paymentId", String.valueOf(charge.paymentId()));
        }
        return outcome(charge);
    }

    private static PaymentOutcome outcome(Charge charge) {
        return new PaymentOutcome(charge.paymentId(), Payments.PaymentStatus.fromWire(charge.status()),
                "FAILED".equals(charge.status()) ? "CARD_DECLINED" : null);
    }

    @Override
    public Optional<PaymentOutcome> byIdempotencyKey(String idempotencyKey, long userId) {
        if (lookupFails) {
            throw new UpstreamUnavailableException("payment", null);
        }
        return Optional.ofNullable(byKey.get(idempotencyKey)).map(FakePayments::outcome);
    }

    @Override
    public void refund(long paymentId, String reason, String idempotencyKey) {
        if (refundKeys.add(idempotencyKey)) {
            refunds.add(paymentId + ":" + reason);
        }
    }

    /** A charge made with this key, as if an earlier request (now lost) had made it. */
    void charged(long bookingId, int amount, String key, String status) {
        byKey.put(key, new Charge(bookingId, amount, key, "4242424242424242", ids.incrementAndGet(), status));
    }

    long successfulCharges() {
        return byKey.values().stream().filter(c -> "SUCCEEDED".equals(c.status())).count();
    }
}
