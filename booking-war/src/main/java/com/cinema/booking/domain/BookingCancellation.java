package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 5 of the saga: a confirmed booking ends before its showtime, cancelled by its owner (until the
 * cut-off, {@code cinema.booking.cancellation-cutoff} before the start) or refunded by staff or with its
 * cancelled showtime. One transaction ends the booking, frees its seats at once, queues the customer's notice
 * and records the refund as due (step REFUND_PENDING); then the payment is refunded (the service's own token,
 * a key derived from the booking, so a repeat never refunds twice) and the coupon use given back. A refund that
 * fails then is finished by the {@link CheckoutReconciler}.
 */
@ApplicationScoped
public class BookingCancellation {

    private static final Logger LOG = Logger.getLogger(BookingCancellation.class.getName());
    static final int MAX_REASON_LENGTH = 200;
    static final String SHOWTIME_CANCELLED = "The showtime was cancelled";
    /** The refund reason of a payment that came after its booking had been settled without it. */
    static final String STRAY_PAYMENT = "The booking could no longer be confirmed";

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    SeatRelease seatRelease;

    @Inject
    SeatHolds holds;

    @Inject
    BookingNotices notices;

    @Inject
    Payments payments;

    @Inject
    Coupons coupons;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    @Inject
    Clock clock;

    /**
     * The owner cancels: a HELD booking is released; a CONFIRMED one before the cut-off is CANCELLED and
     * refunded in full; after it, CONFLICT naming the cut-off time. Others' bookings are NOT_FOUND. Lock
     * contention that outlasts the retries is CONFLICT too ({@link Contention}): nothing cancelled, try again.
     */
    public Booking cancel(long userId, long bookingId) {
        Supplier<String> nothingCancelled = () -> Contention.busy("Booking " + bookingId, "nothing was cancelled");
        Booking found = Contention.answering(nothingCancelled, () -> transactions.inOne(() -> bookings.find(bookingId)))
                .filter(b -> b.getUserId() == userId)
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
        if (found.getPaymentId() == null && !found.getStatus().keepsSeatsPastHoldTime()) {
            // An unpaid hold: released (a repeat changes nothing); contended, a CONFLICT of the release's own.
            return holds.release(userId, bookingId);
        }
        Instant now = clock.instant();
        boolean ended = Contention.answering(nothingCancelled, () -> transactions.retrying(() -> {
            Booking booking = bookings.lockForChange(bookingId).orElseThrow();
            if (booking.getStatus() == BookingStatus.CANCELLED && booking.getPaymentId() != null) {
                return false; // cancelled already: the same answer again
            }
            if (booking.getStatus() != BookingStatus.CONFIRMED) {
                throw new BookingTransitionException(booking.getStatus(), BookingStatus.CANCELLED,
                        "Booking " + bookingId + " is " + booking.getStatus() + " and cannot be cancelled");
            }
            Showtime showtime = showtimes.find(booking.getShowtimeId()).orElseThrow();
            Instant cutoff = showtime.getStartsAt().minus(settings.cancellationCutoff());
            if (!now.isBefore(cutoff)) {
                throw new ConflictException("Booking " + bookingId + " can no longer be cancelled: cancellations "
                        + "closed at " + cutoff + " (" + settings.cancellationCutoff().toMinutes()
                        + " minutes before the showtime starts at " + showtime.getStartsAt() + ")");
            }
            // A door that opens before the cut-off (CINEMA_BOOKING_DOOR_OPENS longer than it) must not let a guest
            // in and then refund them: tickets used at the door are kept.
            booking.getTickets().stream().map(Ticket::getCheckedInAt).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).ifPresent(used -> {
                        throw new ConflictException("Booking " + bookingId + " can no longer be cancelled: its "
                                + "tickets were used at the door at " + used);
                    });
            end(booking, BookingStatus.CANCELLED, "Cancelled by the customer", BookingNotices.Kind.BOOKING_CANCELLED, now);
            return true;
        }));
        if (ended) {
            finishRefundQuietly(bookingId);
        }
        return reread(bookingId, "is cancelled and its full refund is on its way");
    }

    /**
     * Staff refund any CONFIRMED booking, with a reason: REFUNDED, seats free, coupon released, notice queued.
     * Lock contention that outlasts the retries is CONFLICT: nothing refunded, try again.
     */
    public Booking refund(long bookingId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
            throw new ValidationException("reason", "must be 1 to " + MAX_REASON_LENGTH + " characters");
        }
        Instant now = clock.instant();
        Supplier<String> nothingRefunded = () -> Contention.busy("Booking " + bookingId, "nothing was refunded");
        boolean ended = Contention.answering(nothingRefunded, () -> transactions.retrying(() -> {
            Booking booking = bookings.lockForChange(bookingId)
                    .orElseThrow(() -> new NotFoundException("Booking", bookingId));
            if (booking.getStatus() == BookingStatus.REFUNDED) {
                return false;
            }
            if (booking.getStatus() != BookingStatus.CONFIRMED) {
                throw new BookingTransitionException(booking.getStatus(), BookingStatus.REFUNDED,
                        "Booking " + bookingId + " is " + booking.getStatus() + "; only a confirmed booking is refunded");
            }
            end(booking, BookingStatus.REFUNDED, why, BookingNotices.Kind.BOOKING_CANCELLED, now);
            return true;
        }));
        if (ended) {
            finishRefundQuietly(bookingId);
        }
        return reread(bookingId, "is refunded and the payment's refund is on its way");
    }

    /**
     * In the caller's transaction (the showtime's cancellation): every CONFIRMED booking of the showtime is
     * REFUNDED with its seats freed and the customer told; returns their ids for {@link #finishRefunds}.
     */
    public List<Long> endWithShowtime(long showtimeId, Instant now) {
        List<Long> ended = new java.util.ArrayList<>();
        for (Long bookingId : bookings.confirmedOf(showtimeId)) {
            bookings.lockForChange(bookingId).filter(b -> b.getStatus() == BookingStatus.CONFIRMED).ifPresent(b -> {
                end(b, BookingStatus.REFUNDED, SHOWTIME_CANCELLED, BookingNotices.Kind.SHOWTIME_CANCELLED, now);
                ended.add(bookingId);
            });
        }
        return ended;
    }

    /** After the showtime's cancellation committed: refunds its bookings (failures are left to the reconciler). */
    public void finishRefunds(List<Long> bookingIds) {
        bookingIds.forEach(this::finishRefundQuietly);
    }

    /**
     * Refunds a booking whose refund is due (step REFUND_PENDING) and gives its coupon use back, then records it
     * (REFUNDED). Safe to repeat and to run on several replicas: the refund's key is derived from the booking.
     */
    public void finishRefund(long bookingId) {
        Booking booking = transactions.inOne(() -> bookings.find(bookingId)).orElseThrow();
        if (booking.getCheckoutStep() != CheckoutStep.REFUND_PENDING) {
            return;
        }
        if (booking.getPaymentId() != null) {
            payments.refund(booking.getPaymentId(), booking.getRefundReason() == null ? "Booking refunded"
                    : booking.getRefundReason(), refundKey(bookingId, booking.getPaymentId()));
        }
        if (booking.getCouponCode() != null) {
            coupons.release(bookingId);
        }
        Instant now = clock.instant();
        boolean recorded = transactions.retrying(() -> bookings.lockForChange(bookingId)
                .filter(b -> b.getCheckoutStep() == CheckoutStep.REFUND_PENDING)
                .map(b -> {
                    b.reach(CheckoutStep.REFUNDED, now);
                    return true;
                }).orElse(false));
        if (recorded) {
            metrics.refund(kindOf(booking));
        }
    }

    /**
     * A payment that succeeded for a booking that had already moved on without it (its checkout was settled
     * otherwise): refunded at once, since no booking records it.
     */
    void refundStray(long bookingId, long paymentId) {
        payments.refund(paymentId, STRAY_PAYMENT, refundKey(bookingId, paymentId));
        metrics.refund("unconfirmable");
        LOG.warning(() -> "Payment " + paymentId + " came after booking " + bookingId + " had moved on; refunded");
    }

    static String refundKey(long bookingId, long paymentId) {
        return "booking-" + bookingId + "-payment-" + paymentId + "-refund";
    }

    private void end(Booking booking, BookingStatus end, String reason, BookingNotices.Kind notice, Instant now) {
        booking.endWithRefund(end, reason, now);
        seatRelease.free(booking, now);
        if (booking.getCustomerEmail() != null) {
            notices.queue(booking, notice, booking.getCustomerEmail());
        }
    }

    /** Why a booking was refunded, for the refunds metric. */
    static String kindOf(Booking booking) {
        if (booking.getStatus() == BookingStatus.FAILED || STRAY_PAYMENT.equals(booking.getRefundReason())) {
            return "unconfirmable";
        }
        if (booking.getStatus() == BookingStatus.CANCELLED) {
            return "cancelled";
        }
        return SHOWTIME_CANCELLED.equals(booking.getRefundReason()) ? "showtime_cancelled" : "staff";
    }

    private void finishRefundQuietly(long bookingId) {
        try {
            finishRefund(bookingId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund of booking " + bookingId + " failed; the reconciler finishes it: " + e);
        }
    }

    /**
     * The booking after its end committed; should even that read give up, the CONFLICT says what was done
     * ({@code done}) rather than suggest nothing was.
     */
    private Booking reread(long bookingId, String done) {
        return Contention.answering(() -> "Booking " + bookingId + " " + done + ", but it cannot be shown right now; "
                + "look at it again in a moment", () -> transactions.inOne(() -> bookings.find(bookingId))).orElseThrow();
    }
}
