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
        Showtime showtime = transactions.inOne(() -> showtimes.find(booking.getShowtimeId())).orElseThrow();
        int discount;
        try {
            discount = coupons.reserve(Coupons.CouponOrder.of(booking.getCouponCode(), booking, showtime),
                    booking.getHoldExpiresAt());
        } catch (CouponInvalidException invalid) {
            settlement.unpaid(id, key, true);
            metrics.checkout("coupon_invalid");
            throw RelayedErrors.couponInvalid(invalid);
        } catch (UpstreamUnavailableException unavailable) {
            metrics.checkout("pending");
            throw unavailable; // STARTED: the reconciler returns the booking to HELD if nobody continues it
        }
        Instant now = clock.instant();
        return transactions.retrying(() -> {
            Booking current = bookings.lockForChange(id).orElseThrow();
            if (current.isPayingWith(key) && current.getCheckoutStep() == CheckoutStep.STARTED) {
                current.couponReserved(discount, now);
            }
            return current;
        });
    }

    /** Records CHARGE_SENT, charges the stored total with the caller's key, and settles by the outcome. */
    private Booking charge(Booking booking, String key, PaymentDetails payment) {
        long id = booking.getId();
        Instant now = clock.instant();
        Booking sending = transactions.retrying(() -> {
            Booking current = bookings.lockForChange(id).orElseThrow();
            if (current.isPayingWith(key) && current.getCheckoutStep() != CheckoutStep.CHARGE_SENT) {
                current.reach(CheckoutStep.CHARGE_SENT, now);
            }
            return current;
        });
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
            settlement.unpaid(id, key, false);
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
            settlement.unpaid(booking.getId(), key, false);
        } else {
            settle(booking, key, found.get(), refusal);
        }
    }

    private Booking settle(Booking booking, String key, Payments.PaymentOutcome outcome, ApiException otherwise) {
        long id = booking.getId();
        if (outcome.succeeded()) {
            CheckoutSettlement.Paid paid = settlement.paid(id, key, outcome.paymentId());
            if (paid == CheckoutSettlement.Paid.REFUNDED) {
                throw new ConflictException("Booking " + id + " could no longer be confirmed (its showtime was "
                        + "cancelled or its hold was settled meanwhile); the payment was refunded");
            }
            if (paid == CheckoutSettlement.Paid.CONFIRMED) {
                metrics.checkout("confirmed");
            }
            return transactions.inOne(() -> bookings.find(id)).orElseThrow();
        }
        if (outcome.failed()) {
            settlement.unpaid(id, key, false);
            metrics.checkout("declined");
            throw RelayedErrors.declined(outcome);
        }
        if (otherwise != null) {
            throw otherwise;
        }
        throw pending(null);
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
