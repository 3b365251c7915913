package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 4 of the saga: finishes what nobody finished (a crash, a lost answer, a customer who left). Every booking
 * left PAYMENT_PENDING longer than {@code cinema.booking.reconcile-after} is settled by what the payment service
 * knows of its key: confirmed if the charge succeeded (refunded instead if the booking can no longer be
 * confirmed), HELD or EXPIRED again if it failed or never happened; a charge still undecided is left for the next
 * run. Also redeems coupons of confirmed bookings and finishes refunds whose step did not complete.
 *
 * <p>Safe on every replica at once: every change is a conditional transition under the booking's row lock
 * ({@link CheckoutSettlement}), and remote calls are idempotent per booking or key. Each booking is settled on its
 * own, so one that fails (whatever it throws) never keeps the others from being settled.
 */
@ApplicationScoped
public class CheckoutReconciler {

    private static final Logger LOG = Logger.getLogger(CheckoutReconciler.class.getName());
    static final int BATCH = 100;

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    Payments payments;

    @Inject
    CheckoutSettlement settlement;

    @Inject
    BookingCancellation cancellation;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    @Inject
    Clock clock;

    /** What one run did. */
    public record Run(int confirmed, int returned, int refunded, int left, int failed) {
    }

    /** One run at the clock's time; never throws. */
    public Run reconcile() {
        Instant before = clock.instant().minus(settings.reconcileAfter());
        int[] counts = new int[5];
        each(() -> bookings.paymentPendingSince(before, BATCH), id -> counts[settle(id)]++, counts);
        each(() -> bookings.inStepSince(CheckoutStep.CONFIRMED, before, BATCH), settlement::redeemCoupon, counts);
        each(() -> bookings.inStepSince(CheckoutStep.REFUND_PENDING, before, BATCH), cancellation::finishRefund, counts);
        return new Run(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** Settles one PAYMENT_PENDING booking; returns 0 confirmed, 1 returned, 2 refunded, 3 left as it is. */
    int settle(long bookingId) {
        Booking booking = transactions.inOne(() -> bookings.find(bookingId)).orElse(null);
        if (booking == null || booking.getStatus() != BookingStatus.PAYMENT_PENDING) {
            return 3;
        }
        String key = booking.getIdempotencyKey();
        Optional<Payments.PaymentOutcome> payment = payments.byIdempotencyKey(key, booking.getUserId());
        if (payment.isPresent() && payment.get().succeeded()) {
            CheckoutSettlement.Paid paid = settlement.paid(bookingId, key, payment.get().paymentId());
            if (paid == CheckoutSettlement.Paid.ALREADY_CONFIRMED) {
                return 3; // another replica (or the customer's own request) confirmed it first: counted there
            }
            metrics.reconciled(paid == CheckoutSettlement.Paid.REFUNDED ? "refunded" : "confirmed");
            LOG.info(() -> "Reconciled booking " + bookingId + ": charge succeeded, " + paid);
            return paid == CheckoutSettlement.Paid.REFUNDED ? 2 : 0;
        }
        if (payment.isEmpty() || payment.get().failed()) {
            CheckoutSettlement.Unpaid after = settlement.returnUnpaid(bookingId, key, false);
            if (!after.returned()) {
                return 3; // settled by another replica between the read above and the row lock: counted there
            }
            metrics.reconciled("returned");
            LOG.info(() -> "Reconciled booking " + bookingId + ": no successful charge, now " + after.booking().getStatus());
            return 1;
        }
        return 3; // the charge is still undecided at the payment service: next run
    }

    private void each(ListSupplier candidates, LongConsumer work, int[] counts) {
        List<Long> ids;
        try {
            ids = transactions.inOne(candidates::get);
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "Reconciler could not read its candidates; next run tries again: " + e, e);
            return;
        }
        for (Long id : ids) {
            try {
                work.accept(id);
            } catch (Throwable e) {
                counts[4]++;
                LOG.log(Level.WARNING, "Reconciling booking " + id + " failed; next run tries again: " + e);
            }
        }
    }

    @FunctionalInterface
    private interface ListSupplier {
        List<Long> get();
    }
}
