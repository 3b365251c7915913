package com.cinema.booking.domain;

import com.cinema.persistence.TimestampedEntity;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.HoldExpiredException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.input.IsoCurrency;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A customer's seats at one showtime and their price. User, payment and coupon belong to other services and
 * are referenced by id or code. Amounts are in minor units; total is always subtotal minus discount.
 */
@Entity
@Table(name = "booking")
public class Booking extends TimestampedEntity {

    /** At most this many seats per booking (docs/architecture.md, the booking saga). */
    public static final int MAX_SEATS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "showtime_id", nullable = false, updatable = false)
    private long showtimeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    @Column(name = "subtotal_cents", nullable = false)
    private int subtotalCents;

    @Column(name = "discount_cents", nullable = false)
    private int discountCents;

    @Column(name = "total_cents", nullable = false)
    private int totalCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "coupon_code", length = 40)
    private String couponCode;

    @Column(name = "payment_id")
    private Long paymentId;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "checkout_step", length = 20)
    private CheckoutStep checkoutStep;

    @Column(name = "checkout_step_at")
    private Instant checkoutStepAt;

    @Column(name = "customer_email", length = 320)
    private String customerEmail;

    @Column(name = "refund_reason", length = 200)
    private String refundReason;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Ticket> tickets = new ArrayList<>();

    protected Booking() {
        // for JPA
    }

    /**
     * A {@code HELD} booking of the given seats, priced at the sum of their tickets and held until
     * {@code holdExpiresAt}.
     */
    public Booking(String code, long userId, long showtimeId, String currency, Instant holdExpiresAt,
                   List<Ticket> seats) {
        if (code == null || code.isBlank() || code.length() > 16) {
            throw new ValidationException("code", "must be 1 to 16 characters");
        }
        if (holdExpiresAt == null) {
            throw new ValidationException("holdExpiresAt", "is required for a hold");
        }
        if (seats == null || seats.isEmpty() || seats.size() > MAX_SEATS) {
            throw new ValidationException("seatIds", "must name 1 to " + MAX_SEATS + " seats");
        }
        if (new HashSet<>(seats.stream().map(Ticket::getSeatId).toList()).size() != seats.size()) {
            throw new ValidationException("seatIds", "must not name a seat twice");
        }
        int subtotal = subtotalOf(seats);
        this.code = code;
        this.userId = userId;
        this.showtimeId = showtimeId;
        this.currency = IsoCurrency.require("currency", currency);
        this.status = BookingStatus.HELD;
        this.holdExpiresAt = holdExpiresAt;
        this.subtotalCents = subtotal;
        this.discountCents = 0;
        this.totalCents = subtotal;
        for (Ticket ticket : seats) {
            ticket.belongTo(this);
            tickets.add(ticket);
        }
    }

    /** Whether this is a hold whose time is up at {@code now}: the sweeper expires it, a new hold may free it. */
    public boolean holdRanOutAt(Instant now) {
        return status == BookingStatus.HELD && !holdExpiresAt.isAfter(now);
    }

    /**
     * The hold ran out: HELD becomes EXPIRED. Only a hold expires, and only once its time is up; a booking
     * being paid for (PAYMENT_PENDING) never does, whatever its hold time says.
     */
    public void expire(Instant now) {
        if (status == BookingStatus.HELD && holdExpiresAt.isAfter(now)) {
            throw new BookingTransitionException(status, BookingStatus.EXPIRED,
                    "Booking " + id + " is held until " + holdExpiresAt + " and cannot expire before");
        }
        status = status.moveTo(BookingStatus.EXPIRED);
    }

    /**
     * The customer (or a cancelled showtime) gives the held seats back: HELD becomes CANCELLED. True when the
     * seats are to be freed now; false when the booking was already CANCELLED or EXPIRED (nothing changes).
     * A booking being paid for or paid is a {@link BookingTransitionException}.
     */
    public boolean release() {
        if (status == BookingStatus.CANCELLED || status == BookingStatus.EXPIRED) {
            return false;
        }
        if (status != BookingStatus.HELD) {
            throw new BookingTransitionException(status, BookingStatus.CANCELLED,
                    "Booking " + id + " is " + status + " and can no longer be released");
        }
        status = status.moveTo(BookingStatus.CANCELLED);
        return true;
    }

    /**
     * Checkout begins: HELD becomes PAYMENT_PENDING, and from now on the hold's time no longer frees the seats.
     * A hold whose time is up is HOLD_EXPIRED.
     */
    public void startPayment(Instant now) {
        refuseRunOutHold(now);
        status = status.moveTo(BookingStatus.PAYMENT_PENDING);
    }

    /**
     * The coupon as quoted for this hold: the total becomes subtotal minus discount. Only while HELD, and only for
     * the subtotal it was quoted for: a quote for other tickets (changed since it was asked for) is
     * {@link CouponQuoteOutdated}, nothing changed.
     */
    public void applyCoupon(DiscountQuote quote) {
        requireHeld("have its coupon changed");
        String code = quote.code();
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new ValidationException("code", "must be 1 to 40 characters");
        }
        if (quote.subtotalCents() != subtotalCents) {
            throw new CouponQuoteOutdated(id);
        }
        setDiscount(code, quote.discountCents());
    }

    /** Takes the coupon off a hold; the total is the subtotal again. Only while HELD. */
    public void removeCoupon() {
        requireHeld("have its coupon changed");
        setDiscount(null, 0);
    }

    /**
     * Whether the customer may change the ticket types now: only while HELD (CONFLICT otherwise) and before the hold
     * runs out (HOLD_EXPIRED). A coupon on the hold stays on: {@link #chooseTicketTypes} takes its discount as quoted
     * again for the new subtotal (docs/decisions/0025-coupon-quoted-again-on-a-ticket-type-change.md).
     */
    public void requireTicketTypesChangeable(Instant now) {
        requireHeld("have its ticket types changed");
        refuseRunOutHold(now);
    }

    /**
     * The subtotal the hold would have with these choices (seats not named keep their price): what the coupon is
     * quoted again for before the change. Seats that are not the booking's are left to {@link #chooseTicketTypes}.
     */
    public int subtotalWith(Map<Long, TicketTypeOffer> offers) {
        long subtotal = 0;
        for (Ticket ticket : tickets) {
            TicketTypeOffer offer = offers.get(ticket.getSeatId());
            subtotal += offer == null ? ticket.getPriceCents() : offer.price(ticket.getFullPriceCents());
        }
        return (int) Math.min(subtotal, Integer.MAX_VALUE);
    }

    /**
     * The customer's ticket types: each seat named in {@code offers} is priced as its offer's type (its full price
     * less the discount, never below 0); seats not named keep theirs; subtotal and total follow. {@code ageRating} is
     * the film's, asked only when an offer is {@link TicketTypeOffer#restricted} (null otherwise). With a coupon on,
     * {@code requote} is its discount quoted for the new subtotal; one for another code or subtotal (the coupon or
     * the tickets changed since it was asked for), or none, is {@link CouponQuoteOutdated}. Everything is checked
     * before anything changes: {@link #requireTicketTypesChangeable}, then VALIDATION on {@code tickets} for a seat
     * that is not this booking's or a type not sold for the film's age rating.
     */
    public void chooseTicketTypes(Map<Long, TicketTypeOffer> offers, String ageRating, DiscountQuote requote,
                                  Instant now) {
        requireTicketTypesChangeable(now);
        Map<Long, Ticket> bySeat = new HashMap<>();
        tickets.forEach(ticket -> bySeat.put(ticket.getSeatId(), ticket));
        offers.forEach((seatId, offer) -> {
            Ticket ticket = bySeat.get(seatId);
            if (ticket == null) {
                throw new ValidationException(TicketTypeChange.FIELD, "seat " + seatId
                        + " is not one of this booking's seats");
            }
            if (offer.notSoldFor(ageRating)) {
                throw new ValidationException(TicketTypeChange.FIELD, offer.label() + " tickets are not sold for "
                        + ageRating.strip() + "-rated films (seat " + ticket.getSeatLabel() + ")");
            }
        });
        int subtotal = subtotalWith(offers);
        if (couponCode != null) {
            if (requote == null || !requote.isFor(couponCode, subtotal)) {
                throw new CouponQuoteOutdated(id);
            }
            requireDiscountWithin(requote.discountCents(), subtotal);
        }
        offers.forEach((seatId, offer) -> bySeat.get(seatId).priceAs(offer));
        subtotalCents = subtotalOf(tickets);
        setDiscount(couponCode, couponCode == null ? 0 : requote.discountCents());
    }

    /**
     * Checkout begins with the caller's idempotency key: HELD becomes PAYMENT_PENDING (HOLD_EXPIRED when its
     * time is up), and the customer's e-mail address is kept for the notices of later, background steps.
     */
    public void beginCheckout(String key, String email, Instant now) {
        startPayment(now);
        idempotencyKey = key;
        customerEmail = email;
        reach(CheckoutStep.STARTED, now);
    }

    /** Whether this is a checkout in progress with this key (and not one settled meanwhile). */
    public boolean isPayingWith(String key) {
        return status == BookingStatus.PAYMENT_PENDING && key != null && key.equals(idempotencyKey);
    }

    /** Records the saga's progress (persisted with the transaction), and when it was reached. */
    public void reach(CheckoutStep step, Instant now) {
        checkoutStep = step;
        checkoutStepAt = now;
    }

    /** The coupon service reserved the coupon with this discount: it is what the charge takes off. */
    public void couponReserved(int discount, Instant now) {
        if (status != BookingStatus.PAYMENT_PENDING) {
            throw new BookingTransitionException(status, BookingStatus.PAYMENT_PENDING,
                    "Booking " + id + " is " + status + ": its coupon can no longer be reserved");
        }
        setDiscount(couponCode, discount);
        reach(CheckoutStep.COUPON_RESERVED, now);
    }

    /** The charge succeeded: PAYMENT_PENDING becomes CONFIRMED with the payment's id. */
    public void confirm(long payment, Instant now) {
        status = status.moveTo(BookingStatus.CONFIRMED);
        paymentId = payment;
        reach(CheckoutStep.CONFIRMED, now);
    }

    /**
     * The payment failed or never happened: PAYMENT_PENDING becomes HELD again until its original expiry, or
     * EXPIRED when that has passed. The key is forgotten, so the customer may pay again with a new one;
     * {@code dropCoupon} takes off a coupon that turned out invalid. True when the seats are to be freed now.
     */
    public boolean returnToHold(Instant now, boolean dropCoupon) {
        status = status.moveTo(BookingStatus.HELD);
        idempotencyKey = null;
        checkoutStep = null;
        checkoutStepAt = now;
        if (dropCoupon) {
            setDiscount(null, 0);
        }
        if (!holdExpiresAt.isAfter(now)) {
            status = status.moveTo(BookingStatus.EXPIRED);
            return true;
        }
        return false;
    }

    /**
     * The payment succeeded but the booking can no longer be confirmed (its showtime was cancelled meanwhile):
     * PAYMENT_PENDING becomes FAILED and the payment is to be refunded.
     */
    public void failWithRefund(long payment, String reason, Instant now) {
        status = status.moveTo(BookingStatus.FAILED);
        paymentId = payment;
        refundReason = reason;
        reach(CheckoutStep.REFUND_PENDING, now);
    }

    /**
     * A payment came for this booking after it had ended unpaid (EXPIRED, CANCELLED or FAILED without a payment):
     * it is recorded here to be refunded, so a failed refund is retried. False when the booking cannot record it.
     */
    public boolean recordStrayPayment(long payment, String reason, Instant now) {
        if (!status.isFinal() || paymentId != null) {
            return false;
        }
        paymentId = payment;
        refundReason = reason;
        reach(CheckoutStep.REFUND_PENDING, now);
        return true;
    }

    /**
     * A confirmed booking ends before its showtime: CANCELLED (the customer) or REFUNDED (staff, a cancelled
     * showtime), with the payment's refund and the coupon's release still to be done.
     */
    public void endWithRefund(BookingStatus end, String reason, Instant now) {
        status = status.moveTo(end);
        refundReason = reason;
        reach(CheckoutStep.REFUND_PENDING, now);
    }

    /** A hold whose time is up at {@code now} is HOLD_EXPIRED, even before the sweeper expires it. */
    private void refuseRunOutHold(Instant now) {
        if (holdRanOutAt(now)) {
            throw new HoldExpiredException("The hold of booking " + id + " ran out at " + holdExpiresAt);
        }
    }

    /** The sum of the tickets' prices: none may be negative, nor the sum beyond an int. */
    private static int subtotalOf(List<Ticket> tickets) {
        long subtotal = 0;
        for (Ticket ticket : tickets) {
            if (ticket.getPriceCents() < 0) {
                throw new ValidationException("priceCents", "must not be negative");
            }
            subtotal += ticket.getPriceCents();
        }
        if (subtotal > Integer.MAX_VALUE) {
            throw new ValidationException("seatIds", "total price is too large");
        }
        return (int) subtotal;
    }

    private void requireHeld(String what) {
        if (status != BookingStatus.HELD) {
            throw new ConflictException("Booking " + id + " is " + status + " and can no longer " + what);
        }
    }

    private void setDiscount(String code, int discount) {
        requireDiscountWithin(discount, subtotalCents);
        couponCode = code;
        discountCents = discount;
        totalCents = subtotalCents - discount;
    }

    private static void requireDiscountWithin(int discount, int subtotal) {
        if (discount < 0 || discount > subtotal) {
            throw new ValidationException("discountCents", "must be between 0 and the subtotal " + subtotal);
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getUserId() {
        return userId;
    }

    public long getShowtimeId() {
        return showtimeId;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public int getSubtotalCents() {
        return subtotalCents;
    }

    public int getDiscountCents() {
        return discountCents;
    }

    public int getTotalCents() {
        return totalCents;
    }

    public String getCurrency() {
        return currency;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public CheckoutStep getCheckoutStep() {
        return checkoutStep;
    }

    public Instant getCheckoutStepAt() {
        return checkoutStepAt;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getRefundReason() {
        return refundReason;
    }

    /** The tickets in order of id; loaded only when the booking was read with its tickets. */
    public List<Ticket> getTickets() {
        return Collections.unmodifiableList(tickets);
    }
}
