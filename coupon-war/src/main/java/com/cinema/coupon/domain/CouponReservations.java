package com.cinema.coupon.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import com.cinema.coupon.domain.CouponLedger.Reserved;
import com.cinema.coupon.domain.CouponLedger.Step;
import com.cinema.coupon.persistence.ReservationStore.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Quote, reserve, redeem and release, as the booking service calls them (checkout, confirmation, a failed
 * payment, an ended hold, a cancellation). Idempotent per booking. Turns the ledger's outcomes into answers,
 * typed errors and metrics, outside any transaction, and tries again when the database broke a deadlock.
 */
@ApplicationScoped
public class CouponReservations {

    private static final int MAX_ATTEMPTS = 3;

    @Inject
    CouponLedger ledger;

    @Inject
    CouponSettings settings;

    @Inject
    CouponMetrics metrics;

    public CouponQuote quote(CouponOrder order) {
        CouponQuote quote = retrying(() -> ledger.quote(order, Instant.now()));
        if (!quote.valid()) {
            metrics.refused(quote.reason());
        }
        return quote;
    }

    /**
     * Holds one use for the booking until {@code expiresAt}, capped at the configured longest reservation.
     * A refusal is COUPON_INVALID with {@code extensions.reason}.
     */
    public Reservation reserve(CouponOrder order, Instant expiresAt) {
        Instant now = Instant.now();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new ValidationException("expiresAt", "must be in the future");
        }
        Instant capped = expiresAt.isAfter(now.plus(settings.maxReservation()))
                ? now.plus(settings.maxReservation()) : expiresAt;
        Reserved outcome = retrying(() -> ledger.reserve(order, capped, Instant.now()));
        if (outcome.othersBooking()) {
            throw new NotFoundException("Booking", order.bookingId());
        }
        if (outcome.refusal() != null) {
            metrics.refused(outcome.refusal());
            throw (CouponInvalidException) new CouponInvalidException(explain(order.code(), outcome.refusal()))
                    .withExtension("reason", outcome.refusal().name());
        }
        if (outcome.isNew()) {
            metrics.reserved();
        }
        if (outcome.replacedAnother()) {
            metrics.released();
        }
        return outcome.reservation();
    }

    /** Makes the booking's reservation final; null when the booking has none (for this caller). */
    public Reservation redeem(long bookingId, Long ownerId) {
        Optional<Step> step = retrying(() -> ledger.redeem(bookingId, ownerId, Instant.now()));
        if (step.isEmpty()) {
            return null;
        }
        Reservation reservation = step.get().reservation();
        if (reservation.status() == ReservationStatus.RELEASED) {
            throw new ConflictException("The coupon reservation of booking " + bookingId + " was released (the "
                    + "booking ended or it timed out); reserve the coupon again");
        }
        if (step.get().changed()) {
            metrics.redeemed();
        }
        return reservation;
    }

    /** Gives the booking's use back (also a redeemed one); null when the booking has none (for this caller). */
    public Reservation release(long bookingId, Long ownerId) {
        Optional<Step> step = retrying(() -> ledger.release(bookingId, ownerId, Instant.now()));
        step.filter(Step::changed).ifPresent(s -> metrics.released());
        return step.map(Step::reservation).orElse(null);
    }

    static String explain(String code, RefusalReason reason) {
        return "Coupon " + code + switch (reason) {
            case UNKNOWN -> " does not exist";
            case INACTIVE -> " is no longer offered";
            case NOT_STARTED -> " is not valid yet";
            case EXPIRED -> " has expired";
            case MIN_ORDER -> " needs a larger order";
            case USED_UP -> " has been used up";
            case PER_USER_LIMIT -> " has been used as often as one customer may";
            case NOT_APPLICABLE -> " does not apply to this booking (currency, movie or cinema)";
            case NOT_YOURS -> " belongs to another customer";
        };
    }

    /** Runs a ledger call, again when the database gave up on a lock or broke a deadlock. */
    private static <T> T retrying(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * A lock timeout or deadlock (SQLSTATE class 40, H2 HYT00, MySQL 1205/1213), or a unique key refusing the
     * second of two simultaneous reservations of one booking: the next attempt sees the first one's result.
     */
    static boolean isContention(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException e) {
                String state = String.valueOf(e.getSQLState());
                return state.startsWith("40") || state.equals("HYT00") || state.startsWith("23")
                        || e.getErrorCode() == 1205 || e.getErrorCode() == 1213;
            }
            if (t instanceof CouponLedger.ReservationRace) {
                return true;
            }
        }
        return false;
    }
}
