package com.cinema.booking.domain;

import com.cinema.persistence.TimestampedEntity;
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
import java.util.HashSet;
import java.util.List;

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
        long subtotal = 0;
        for (Ticket ticket : seats) {
            if (ticket.getPriceCents() < 0) {
                throw new ValidationException("priceCents", "must not be negative");
            }
            subtotal += ticket.getPriceCents();
        }
        if (subtotal > Integer.MAX_VALUE) {
            throw new ValidationException("seatIds", "total price is too large");
        }
        this.code = code;
        this.userId = userId;
        this.showtimeId = showtimeId;
        this.currency = IsoCurrency.require("currency", currency);
        this.status = BookingStatus.HELD;
        this.holdExpiresAt = holdExpiresAt;
        this.subtotalCents = (int) subtotal;
        this.discountCents = 0;
        this.totalCents = (int) subtotal;
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
        if (status == BookingStatus.HELD && !holdExpiresAt.isAfter(now)) {
            throw new HoldExpiredException("The hold of booking " + id + " ran out at " + holdExpiresAt);
        }
        status = status.moveTo(BookingStatus.PAYMENT_PENDING);
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

    /** The tickets in order of id; loaded only when the booking was read with its tickets. */
    public List<Ticket> getTickets() {
        return Collections.unmodifiableList(tickets);
    }
}
