package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ends of a checkout, shared by {@link Checkout} (while the customer waits) and {@link CheckoutReconciler}
 * (for checkouts nobody finished): each is one transaction that re-reads the booking under its row lock and acts
 * only if it is still the checkout it was told about, so a request and any number of reconcilers may race.
 */
@ApplicationScoped
public class CheckoutSettlement {

    private static final Logger LOG = Logger.getLogger(CheckoutSettlement.class.getName());

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    SeatEvents seatEvents;

    @Inject
    SeatRelease seatRelease;

    @Inject
    WaitlistOffers waitlist;

    @Inject
    BookingNotices notices;

    @Inject
    Coupons coupons;

    @Inject
    BookingCancellation cancellation;

    @Inject
    BookingMetrics metrics;

    @Inject
    Clock clock;

    /** Loyalty milestones; none unless injected (the domain's unit tests wire the use cases by hand). */
    @Inject
    ConfirmationFollowUp followUp = ConfirmationFollowUp.NONE;

    /** What became of a booking whose charge succeeded. */
    public enum Paid { CONFIRMED, ALREADY_CONFIRMED, REFUNDED }

    /**
     * The charge with {@code key} succeeded: in one transaction the booking becomes CONFIRMED (only from
     * PAYMENT_PENDING with that key), its seats SOLD and the confirmation queued; then its coupon is redeemed.
     * A booking that can no longer be confirmed (settled otherwise meanwhile, or its showtime cancelled) has the
     * payment refunded instead.
     */
    public Paid paid(long bookingId, String key, long paymentId) {
        Instant now = clock.instant();
        boolean[] followsUp = {false};
        long[] customer = {0};
        Paid outcome = transactions.retrying(() -> {
            Booking booking = bookings.lockForChange(bookingId).orElseThrow();
            if (booking.getStatus() == BookingStatus.CONFIRMED && Long.valueOf(paymentId).equals(booking.getPaymentId())) {
                return Paid.ALREADY_CONFIRMED;
            }
            boolean showtimeOn = showtimes.find(booking.getShowtimeId()).map(s -> !s.isCancelled()).orElse(false);
            if (booking.isPayingWith(key) && showtimeOn) {
                booking.confirm(paymentId, now);
                seatEvents.record(booking.getShowtimeId(), booking.getTickets(), SeatStatus.SOLD, now);
                waitlist.bought(booking, now);
                if (booking.getCustomerEmail() != null) {
                    notices.queue(booking, BookingNotices.Kind.BOOKING_CONFIRMED, booking.getCustomerEmail());
                }
                customer[0] = booking.getUserId();
                followsUp[0] = followUp.confirmed(booking, now);
                return Paid.CONFIRMED;
            }
            if (booking.isPayingWith(key)) {
                // Paid for a showtime cancelled meanwhile: the booking fails and the refund is recorded first.
                booking.failWithRefund(paymentId, "The showtime was cancelled before the booking was confirmed", now);
                seatRelease.free(booking, now);
                return Paid.REFUNDED;
            }
            // Settled otherwise meanwhile (returned to HELD by the reconciler, then expired or released): a booking
            // that ended unpaid records the payment for its refund; one still in use cannot (null: refund at once).
            return booking.recordStrayPayment(paymentId, BookingCancellation.STRAY_PAYMENT, now)
                    ? Paid.REFUNDED : null;
        });
        if (outcome == Paid.CONFIRMED) {
            redeemCoupon(bookingId);
            if (followsUp[0]) {
                followUp.committed(customer[0]);
            }
        } else if (outcome == Paid.REFUNDED) {
            cancellation.finishRefund(bookingId);
        } else if (outcome == null) {
            // The booking is in use again without this payment (HELD, another checkout): nothing can record it,
            // so give it back now; a failure here is logged loudly for staff.
            try {
                cancellation.refundStray(bookingId, paymentId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Payment " + paymentId + " of booking " + bookingId
                        + " could not be confirmed nor refunded; refund it by hand: " + e, e);
                throw e;
            }
            return Paid.REFUNDED;
        }
        return outcome;
    }

    /**
     * The checkout with {@code key} took no money (declined, never charged, coupon refused): the booking is HELD
     * again until its original expiry (EXPIRED with its seats freed once that passed) and its coupon reservation
     * is released. Nothing changes when the booking is no longer paying with that key.
     */
    public Booking unpaid(long bookingId, String key, boolean dropCoupon) {
        return returnUnpaid(bookingId, key, dropCoupon).booking();
    }

    /** What {@link #returnUnpaid} did: the booking as it is now, and whether this call returned it. */
    public record Unpaid(Booking booking, boolean returned) {
    }

    /** {@link #unpaid}, telling whether this call made the change (false: settled otherwise meanwhile). */
    public Unpaid returnUnpaid(long bookingId, String key, boolean dropCoupon) {
        Instant now = clock.instant();
        boolean[] returned = {false};
        Booking booking = transactions.retrying(() -> {
            Booking current = bookings.lockForChange(bookingId).orElseThrow();
            returned[0] = current.isPayingWith(key);
            if (returned[0] && current.returnToHold(now, dropCoupon)) {
                seatRelease.free(current, now);
            }
            return current;
        });
        if (returned[0] && (booking.getCouponCode() != null || dropCoupon)) {
            releaseCouponQuietly(bookingId);
        }
        return new Unpaid(booking, returned[0]);
    }

    /**
     * Redeems a confirmed booking's coupon and records it; a failure (even of the first read: the confirmation is
     * committed, so nothing may tell {@link #paid}'s caller otherwise) is left to the reconciler.
     */
    public void redeemCoupon(long bookingId) {
        try {
            Booking booking = transactions.inOne(() -> bookings.find(bookingId)).orElseThrow();
            if (booking.getCheckoutStep() != CheckoutStep.CONFIRMED || booking.getStatus() != BookingStatus.CONFIRMED) {
                return;
            }
            if (booking.getCouponCode() != null) {
                coupons.redeem(bookingId);
            }
            Instant now = clock.instant();
            transactions.retrying(() -> {
                bookings.lockForChange(bookingId)
                        .filter(b -> b.getCheckoutStep() == CheckoutStep.CONFIRMED)
                        .ifPresent(b -> b.reach(CheckoutStep.COUPON_REDEEMED, now));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Redeeming the coupon of booking " + bookingId + " failed; the reconciler tries "
                    + "again: " + e);
        }
    }

    private void releaseCouponQuietly(long bookingId) {
        try {
            coupons.release(bookingId);
        } catch (RuntimeException e) {
            // The reservation runs out on its own at the hold's expiry (the coupon service's sweeper).
            LOG.log(Level.WARNING, "Releasing the coupon of booking " + bookingId + " failed; it runs out with the "
                    + "hold: " + e);
        }
    }
}
