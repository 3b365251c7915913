package com.cinema.booking.domain;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.HoldExpiredException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.PaymentDeclinedException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 3 of the saga (docs/architecture.md, the booking saga): paying for a hold. Each step is committed
 * before the next call to another service, so a restart or the {@link CheckoutReconciler} resumes it:
 * PAYMENT_PENDING with the caller's key (STARTED), the coupon reserved (COUPON_RESERVED), the charge sent
 * (CHARGE_SENT), then CONFIRMED ({@link CheckoutSettlement#paid}) or HELD again ({@link CheckoutSettlement#unpaid}).
 *
 * <p>The same key again continues the same checkout: the payment service's idempotency charges it once, and
 * only one call confirms (a conditional transition under the booking's row lock); every call answers the
 * booking. Another key while one is in flight is CONFLICT. An unknown charge outcome is asked for by key; still
 * unknown, the booking stays PAYMENT_PENDING and the caller gets UPSTREAM_UNAVAILABLE.
 *
 * <p>Lock contention that outlasts a step's retries ({@link TransientStoreFailure}) is CONFLICT ({@link Contention})
 * saying how far the checkout got, as the steps before it stay committed: before the first transaction nothing
 * changed; before the charge nothing was charged (a coupon may be reserved) and the same key continues; after the
 * charge the booking stays PAYMENT_PENDING (CHARGE_SENT) and the {@link CheckoutReconciler} settles it by what the
 * payment service knows of the key: confirmed (or refunded) when the charge succeeded, HELD again when it took no
 * money. Those answers never say that nothing happened.
 */
@ApplicationScoped
public class Checkout {

    private static final Logger LOG = Logger.getLogger(Checkout.class.getName());
    static final int MAX_KEY_LENGTH = 100;

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    Payments payments;

    @Inject
    Coupons coupons;

    @Inject
    CheckoutSettlement settlement;

    @Inject
    BookingMetrics metrics;

    @Inject
    Clock clock;

    /** The customer's checkout: their id and e-mail (from the token), the booking, the key and how they pay. */
    public record Request(long userId, String email, long bookingId, String idempotencyKey, PaymentDetails payment) {
    }

    public Booking checkout(Request request) {
        String key = request.idempotencyKey() == null ? "" : request.idempotencyKey().strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ValidationException("idempotencyKey", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (request.payment() == null) {
            throw new ValidationException("payment", "is required");
        }
        Booking booking;
        try {
            booking = begin(request, key);
        } catch (HoldExpiredException e) {
            metrics.checkout("hold_expired");
            throw e;
        } catch (TransientStoreFailure e) {
            // The first transaction rolled back: this request changed nothing (an earlier one with the key may have).
            throw Contention.conflict(e, Contention.busy("Booking " + request.bookingId(),
                    "this request changed nothing and charged nothing"));
        }
        if (booking.getStatus() == BookingStatus.PAYMENT_PENDING && booking.getCouponCode() != null
                && booking.getCheckoutStep() == CheckoutStep.STARTED) {
            booking = reserveCoupon(booking, key);
        }
        return charge(booking, key, request.payment());
    }

    /**
     * One transaction under the booking's row lock: a HELD booking starts paying with this key; one paying or
     * paid with the same key continues; another key is CONFLICT.
     */
    private Booking begin(Request request, String key) {
        Instant now = clock.instant();
        return transactions.retrying(() -> {
            Booking booking = bookings.lockForChange(request.bookingId())
                    .filter(b -> b.getUserId() == request.userId())
                    .orElseThrow(() -> new NotFoundException("Booking", request.bookingId()));
            switch (booking.getStatus()) {
                case HELD -> {
                    // Keys are each customer's own: another customer's use of the same key is no conflict.
                    Optional<Long> other = bookings.withIdempotencyKey(request.userId(), key);
                    if (other.isPresent() && other.get() != request.bookingId()) {
                        throw new ConflictException("idempotencyKey: this key was already used for another booking");
                    }
                    booking.beginCheckout(key, request.email(), now);
                }
                case PAYMENT_PENDING, CONFIRMED -> {
                    if (!key.equals(booking.getIdempotencyKey())) {
                        throw new ConflictException("Booking " + booking.getId() + " is " + booking.getStatus()
                                + " with another checkout; repeat that checkout with its own idempotency key");
                    }
                }
                default -> throw new BookingTransitionException(booking.getStatus(), BookingStatus.PAYMENT_PENDING,
                        "Booking " + booking.getId() + " is " + booking.getStatus() + " and cannot be paid for");
            }
            return booking;
        });
    }

    /** Reserves the booking's coupon until the hold's expiry; a refused coupon sends the booking back to HELD. */
    private Booking reserveCoupon(Booking booking, String key) {
        long id = booking.getId();
        Showtime showtime = beforeCharge(id, false,
                () -> transactions.inOne(() -> showtimes.find(booking.getShowtimeId()))).orElseThrow();
        int discount;
        try {
            discount = coupons.reserve(Coupons.CouponOrder.of(booking.getCouponCode(), booking, showtime),
                    booking.getHoldExpiresAt());
        } catch (CouponInvalidException invalid) {
            returnUnpaid(id, key, true, invalid);
            metrics.checkout("coupon_invalid");
            throw RelayedErrors.couponInvalid(invalid);
        } catch (UpstreamUnavailableException unavailable) {
            metrics.checkout("pending");
            throw unavailable; // STARTED: the reconciler returns the booking to HELD if nobody continues it
        }
        Instant now = clock.instant();
        // Given up, the reservation stays (the same key reserves again, idempotent per booking); if nobody continues,
        // the reconciler returns the booking to HELD and releases it.
        return beforeCharge(id, true, () -> transactions.retrying(() -> {
            Booking current = bookings.lockForChange(id).orElseThrow();
            if (current.isPayingWith(key) && current.getCheckoutStep() == CheckoutStep.STARTED) {
                current.couponReserved(discount, now);
            }
            return current;
        }));
    }

    /** Records CHARGE_SENT, charges the stored total with the caller's key, and settles by the outcome. */
    private Booking charge(Booking booking, String key, PaymentDetails payment) {
        long id = booking.getId();
        Instant now = clock.instant();
        Supplier<Booking> chargeSent = () -> transactions.retrying(() -> {
            Booking current = bookings.lockForChange(id).orElseThrow();
            if (current.isPayingWith(key) && current.getCheckoutStep() != CheckoutStep.CHARGE_SENT) {
                current.reach(CheckoutStep.CHARGE_SENT, now);
            }
            return current;
        });
        // A booking with a coupon gets here with its use reserved (now or by an earlier call with the key).
        Booking sending = booking.getStatus() == BookingStatus.CONFIRMED
                ? Contention.answering(() -> confirmedUnshown(id), chargeSent)
                : beforeCharge(id, booking.getCouponCode() != null, chargeSent);
        if (sending.getStatus() != BookingStatus.PAYMENT_PENDING && sending.getStatus() != BookingStatus.CONFIRMED) {
            // Settled by a concurrent call with the same key meanwhile (declined: HELD again).
            throw new ConflictException("Booking " + id + " was settled by another request meanwhile and is "
                    + sending.getStatus());
        }
        Payments.PaymentOutcome outcome;
        try {
            outcome = payments.charge(new Payments.ChargeOrder(id, sending.getTotalCents(), sending.getCurrency(),
                    key, payment));
        } catch (PaymentDeclinedException declined) {
            returnUnpaid(id, key, false, declined);
            metrics.checkout("declined");
            throw RelayedErrors.declined(declined);
        } catch (ValidationException refused) {
            // The payment service refused the input: no money was taken by this call; settle by the key.
            settleByKey(sending, key, refused);
            throw refused;
        } catch (UpstreamUnavailableException unknown) {
            LOG.log(Level.INFO, "Charge of booking " + id + " has no answer; asking the payment service by key");
            outcome = lookup(sending, key).orElseThrow(() -> pending(unknown));
        }
        return settle(sending, key, outcome, null);
    }

    /** After a refusal that took no money: back to HELD unless a payment with this key exists. */
    private void settleByKey(Booking booking, String key, ApiException refusal) {
        Optional<Payments.PaymentOutcome> found;
        try {
            found = payments.byIdempotencyKey(key, booking.getUserId());
        } catch (RuntimeException e) {
            metrics.checkout("pending");
            throw refusal; // cannot tell: PAYMENT_PENDING stays for the reconciler
        }
        if (found.isEmpty() || found.get().failed()) {
            returnUnpaid(booking.getId(), key, false, refusal);
        } else {
            settle(booking, key, found.get(), refusal);
        }
    }

    private Booking settle(Booking booking, String key, Payments.PaymentOutcome outcome, ApiException otherwise) {
        long id = booking.getId();
        if (outcome.succeeded()) {
            CheckoutSettlement.Paid paid = confirmPaid(id, key, outcome.paymentId());
            if (paid == CheckoutSettlement.Paid.REFUNDED) {
                throw new ConflictException("Booking " + id + " could no longer be confirmed (its showtime was "
                        + "cancelled or its hold was settled meanwhile); the payment was refunded");
            }
            if (paid == CheckoutSettlement.Paid.CONFIRMED) {
                metrics.checkout("confirmed");
            }
            return Contention.answering(() -> confirmedUnshown(id), () -> transactions.inOne(() -> bookings.find(id)))
                    .orElseThrow();
        }
        if (outcome.failed()) {
            ApiException declined = RelayedErrors.declined(outcome);
            returnUnpaid(id, key, false, declined);
            metrics.checkout("declined");
            throw declined;
        }
        if (otherwise != null) {
            throw otherwise;
        }
        throw pending(null);
    }

    /**
     * A step after the checkout began and before the charge: given up on lock contention, this request charged
     * nothing and the same key continues the checkout (if nobody does, the reconciler returns the booking to HELD).
     */
    private <T> T beforeCharge(long id, boolean couponReserved, Supplier<T> step) {
        return leftToReconciler(() -> Contention.busy("Booking " + id, "this request charged nothing"
                + (couponReserved ? " and the booking's coupon stays reserved for this checkout" : ""))
                + " with the same idempotency key", step);
    }

    /**
     * Back to HELD after a checkout that took no money ({@code refusal}: the decline or refusal, named in the
     * answer). Given up on lock contention, the booking stays PAYMENT_PENDING and the reconciler, finding no
     * successful charge for the key, returns it to HELD (EXPIRED once the hold ran out) and releases its coupon.
     */
    private void returnUnpaid(long id, String key, boolean dropCoupon, ApiException refusal) {
        leftToReconciler(() -> "Nothing was charged for booking " + id + " (" + refusal.getMessage() + "), but the "
                + "booking is being changed by another request right now and could not be put back on hold yet; that "
                + "happens within a few minutes (unless its hold has run out): check My bookings, then try again",
                () -> settlement.unpaid(id, key, dropCoupon));
    }

    /**
     * The charge succeeded: confirm the booking. This is the step treated most carefully: the money is taken, so a
     * failure must not read as "nothing happened". Given up on lock contention, the booking stays PAYMENT_PENDING
     * (CHARGE_SENT) and the reconciler, finding the successful charge by key, confirms it ({@link
     * CheckoutSettlement#paid}), or refunds it when it can no longer be confirmed; the same key again does the same
     * at once without charging twice. (A showtime cancelled meanwhile may already have the booking FAILED with its
     * refund recorded, the refund itself given up: the reconciler finishes that refund.)
     */
    private CheckoutSettlement.Paid confirmPaid(long id, String key, long paymentId) {
        return leftToReconciler(() -> "The payment for booking " + id + " went through, but the booking is being "
                + "changed by another request right now and is not confirmed yet: it is confirmed within a few minutes "
                + "(or, should that no longer be possible, the payment is refunded); check My bookings. Repeating this "
                + "checkout with the same idempotency key never charges twice",
                () -> settlement.paid(id, key, paymentId));
    }

    /** Contention that left the booking PAYMENT_PENDING for the reconciler: counted as a pending checkout. */
    private <T> T leftToReconciler(Supplier<String> message, Supplier<T> step) {
        try {
            return step.get();
        } catch (TransientStoreFailure e) {
            metrics.checkout("pending");
            throw Contention.conflict(e, message.get());
        }
    }

    /** The booking is confirmed (and paid); only reading it back gave up on lock contention. */
    private static String confirmedUnshown(long id) {
        return "Booking " + id + " is confirmed and paid, but it cannot be shown right now; check My bookings";
    }

    /** The payment by key, or empty when there is none or the payment service cannot say. */
    private Optional<Payments.PaymentOutcome> lookup(Booking booking, String key) {
        try {
            return payments.byIdempotencyKey(key, booking.getUserId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking up the charge of booking " + booking.getId() + " failed: " + e);
            return Optional.empty();
        }
    }

    private UpstreamUnavailableException pending(Throwable cause) {
        metrics.checkout("pending");
        return new UpstreamUnavailableException("payment", cause);
    }
}
