package com.cinema.coupon.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a coupon applies to an order, reason by reason, in the order a customer would want to hear them.
 * Pure: the use counts are given. Quotes use it as the answer; reservations use it to explain, while the
 * limits themselves are taken by conditional UPDATEs (see {@code ReservationStore}).
 */
public final class CouponRules {

    private CouponRules() {
    }

    /**
     * The rules that need no use counts: another customer's personal coupon (said first, so nothing else about
     * it is told), active, validity window, currency and scope, minimum order.
     */
    public static Optional<RefusalReason> termsRefusal(Coupon coupon, CouponOrder order, Instant now) {
        if (coupon.belongsToAnotherThan(order.userId())) {
            return Optional.of(RefusalReason.NOT_YOURS);
        }
        if (!coupon.isActive()) {
            return Optional.of(RefusalReason.INACTIVE);
        }
        if (coupon.getStartsAt() != null && now.isBefore(coupon.getStartsAt())) {
            return Optional.of(RefusalReason.NOT_STARTED);
        }
        if (coupon.getExpiresAt() != null && !now.isBefore(coupon.getExpiresAt())) {
            return Optional.of(RefusalReason.EXPIRED);
        }
        if (!coupon.appliesTo(order.currency(), order.movieId(), order.cinemaId())) {
            return Optional.of(RefusalReason.NOT_APPLICABLE);
        }
        if (order.subtotalCents() < coupon.getMinOrderCents()) {
            return Optional.of(RefusalReason.MIN_ORDER);
        }
        return Optional.empty();
    }

    /**
     * The limits: all uses taken, or this customer's. A booking that already holds a use of the coupon is
     * within both limits (asking again for it takes nothing more).
     */
    public static Optional<RefusalReason> limitRefusal(Coupon coupon, int customerUses, boolean bookingHoldsIt) {
        if (bookingHoldsIt) {
            return Optional.empty();
        }
        if (coupon.getUsageLimit() != null && coupon.getUsedCount() >= coupon.getUsageLimit()) {
            return Optional.of(RefusalReason.USED_UP);
        }
        if (coupon.getPerUserLimit() != null && customerUses >= coupon.getPerUserLimit()) {
            return Optional.of(RefusalReason.PER_USER_LIMIT);
        }
        return Optional.empty();
    }

    /** The whole answer for an order. */
    public static CouponQuote quote(Coupon coupon, CouponOrder order, Instant now, int customerUses,
                                    boolean bookingHoldsIt) {
        return termsRefusal(coupon, order, now)
                .or(() -> limitRefusal(coupon, customerUses, bookingHoldsIt))
                .map(reason -> CouponQuote.refused(coupon.getCode(), reason))
                .orElseGet(() -> CouponQuote.valid(coupon.getCode(), Discount.of(coupon, order.subtotalCents())));
    }
}
