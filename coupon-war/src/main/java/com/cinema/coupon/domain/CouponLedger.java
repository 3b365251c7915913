package com.cinema.coupon.domain;

import com.cinema.coupon.persistence.CouponRepository;
import com.cinema.coupon.persistence.ReservationStore;
import com.cinema.coupon.persistence.ReservationStore.Reservation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The booking-facing coupon use cases, each in one transaction. Expected outcomes (a refusal, someone else's
 * booking) are returned, not thrown, with the transaction marked for rollback so that a use taken before the
 * refusal is undone: Liberty records an FFDC incident for every exception leaving a transaction.
 * {@link CouponReservations} turns the outcomes into answers and errors.
 */
@ApplicationScoped
@Transactional
public class CouponLedger {

    @Inject
    CouponRepository coupons;

    @Inject
    ReservationStore store;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    /** How a reservation ended: the booking's use, or why there is none. */
    public record Reserved(Reservation reservation, RefusalReason refusal, boolean othersBooking, boolean isNew,
                           boolean replacedAnother) {

        static Reserved refused(RefusalReason reason) {
            return new Reserved(null, reason, false, false, false);
        }
    }

    /** The booking's use after a redeem or release; {@code changed} when this call made the change. */
    public record Step(Reservation reservation, boolean changed) {
    }

    /** Another request changed the booking's reservation between the read and the write: try again. */
    public static final class ReservationRace extends RuntimeException {
        ReservationRace() {
            super("The booking's coupon reservation changed meanwhile", null, false, false);
        }
    }

    /** The answer for the order, reading the counts as they are now (a reservation takes them atomically). */
    public CouponQuote quote(CouponOrder order, Instant now) {
        Optional<Coupon> found = coupons.findByCode(order.code());
        if (found.isEmpty()) {
            return CouponQuote.refused(order.code(), RefusalReason.UNKNOWN);
        }
        Coupon coupon = found.get();
        boolean bookingHoldsIt = store.live(order.bookingId())
                .filter(r -> r.couponId() == coupon.getId() && r.userId() == order.userId()).isPresent();
        return CouponRules.quote(coupon, order, now, store.customerUses(coupon.getId(), order.userId()), bookingHoldsIt);
    }

    /**
     * Holds one use of the coupon for the booking until {@code expiresAt}. The same code again returns the
     * booking's reservation as it is; another code first gives the booking's current use back (undone with
     * everything else if the new code is refused).
     */
    public Reserved reserve(CouponOrder order, Instant expiresAt, Instant now) {
        Optional<Coupon> found = coupons.findByCode(order.code());
        if (found.isEmpty()) {
            return Reserved.refused(RefusalReason.UNKNOWN);
        }
        Coupon coupon = found.get();
        if (store.latest(order.bookingId()).filter(r -> r.userId() != order.userId()).isPresent()) {
            return new Reserved(null, null, true, false, false);
        }
        Optional<Reservation> live = store.live(order.bookingId());
        if (live.isPresent() && live.get().couponId() == coupon.getId()) {
            return new Reserved(live.get(), null, false, false, false);
        }
        boolean replaced = live.isPresent() && giveBack(live.get(), now);

        Optional<RefusalReason> refusal = CouponRules.termsRefusal(coupon, order, now);
        if (refusal.isEmpty() && !store.takeUse(coupon.getId(), now)) {
            // The conditional UPDATE also requires the coupon active: staff may have switched it off just now.
            refusal = Optional.of(store.isActive(coupon.getId()) ? RefusalReason.USED_UP : RefusalReason.INACTIVE);
        }
        if (refusal.isEmpty() && !store.takeCustomerUse(coupon.getId(), order.userId())) {
            refusal = Optional.of(RefusalReason.PER_USER_LIMIT);
        }
        if (refusal.isPresent()) {
            transaction.setRollbackOnly();
            return Reserved.refused(refusal.get());
        }

        int discount = Discount.of(coupon, order.subtotalCents());
        Optional<Reservation> earlier = store.ofCouponAndBooking(coupon.getId(), order.bookingId());
        if (earlier.isPresent()) {
            if (!store.reserveAgain(earlier.get().id(), order.userId(), discount, expiresAt, now)) {
                throw new ReservationRace();
            }
        } else {
            store.insert(coupon.getId(), order.userId(), order.bookingId(), discount, expiresAt, now);
        }
        return new Reserved(store.live(order.bookingId()).orElseThrow(), null, false, true, replaced);
    }

    /** Makes the booking's reservation final. {@code ownerId} null: any booking (staff, services). */
    public Optional<Step> redeem(long bookingId, Long ownerId, Instant now) {
        Optional<Reservation> live = store.live(bookingId).filter(r -> ownerId == null || r.userId() == ownerId);
        if (live.isEmpty()) {
            return latestOf(bookingId, ownerId).map(r -> new Step(r, false));
        }
        boolean changed = live.get().status() == ReservationStatus.RESERVED && store.redeem(live.get().id(), now);
        return Optional.of(new Step(store.find(live.get().id()).orElseThrow(), changed));
    }

    /** Gives the booking's use back, reserved or redeemed. {@code ownerId} null: any booking. */
    public Optional<Step> release(long bookingId, Long ownerId, Instant now) {
        Optional<Reservation> live = store.live(bookingId).filter(r -> ownerId == null || r.userId() == ownerId);
        if (live.isEmpty()) {
            return latestOf(bookingId, ownerId).map(r -> new Step(r, false));
        }
        boolean changed = giveBack(live.get(), now);
        return Optional.of(new Step(store.find(live.get().id()).orElseThrow(), changed));
    }

    /** The time-out: releases the reservation if it is still RESERVED and due by then; true when it did. */
    public boolean releaseIfDue(long reservationId, Instant dueBy, Instant now) {
        Optional<Reservation> found = store.find(reservationId);
        if (found.isEmpty() || !store.release(reservationId, dueBy, now)) {
            return false;
        }
        store.giveBackUse(found.get().couponId(), found.get().userId(), now);
        return true;
    }

    /** Ids of RESERVED uses due by then, above {@code afterId}, in id order. */
    public List<Long> due(Instant dueBy, long afterId, int limit) {
        return store.due(dueBy, afterId, limit);
    }

    private Optional<Reservation> latestOf(long bookingId, Long ownerId) {
        return store.latest(bookingId).filter(r -> ownerId == null || r.userId() == ownerId);
    }

    private boolean giveBack(Reservation reservation, Instant now) {
        if (!store.release(reservation.id(), null, now)) {
            return false;
        }
        store.giveBackUse(reservation.couponId(), reservation.userId(), now);
        return true;
    }
}
