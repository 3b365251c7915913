package com.cinema.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One seat of a booking; label, seat type and full price are copied when the seat is taken so the ticket never
 * changes. It is sold as an ADULT at the full price until the customer chooses another {@link TicketType} for it
 * while the booking is held; its price is then the full price less that type's discount.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    @Column(name = "seat_label", nullable = false, length = 10)
    private String seatLabel;

    @Column(name = "seat_type", nullable = false, length = 20)
    private String seatType;

    /** What the ticket costs: the full price less its ticket type's discount, never below 0. */
    @Column(name = "price_cents", nullable = false)
    private int priceCents;

    /** The seat's price when it was taken, its seat type's surcharge included: what an Adult pays (V15). */
    @Column(name = "full_price_cents", nullable = false)
    private int fullPriceCents;

    /** The type the ticket was priced as (V15). */
    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type", nullable = false, length = 20)
    private TicketType ticketType;

    /**
     * When the ticket was scanned at the door (V5), read with the ticket; only the door's conditional UPDATE
     * ({@code persistence.TicketCheckInTable}) writes it, never this entity.
     */
    @Column(name = "checked_in_at", insertable = false, updatable = false)
    private Instant checkedInAt;

    protected Ticket() {
        // for JPA
    }

    /** An Adult ticket at the seat's full price, not yet part of a booking; {@link Booking} adopts it. */
    public Ticket(long seatId, String seatLabel, String seatType, int fullPriceCents) {
        this.seatId = seatId;
        this.seatLabel = seatLabel;
        this.seatType = seatType;
        this.fullPriceCents = fullPriceCents;
        this.ticketType = TicketType.ADULT;
        this.priceCents = fullPriceCents;
    }

    /** Sold as {@code offer}'s type from now on: the full price less its discount (see {@link Booking}). */
    void priceAs(TicketTypeOffer offer) {
        ticketType = offer.type();
        priceCents = offer.price(fullPriceCents);
    }

    void belongTo(Booking owner) {
        this.booking = owner;
    }

    public Long getId() {
        return id;
    }

    public long getSeatId() {
        return seatId;
    }

    public String getSeatLabel() {
        return seatLabel;
    }

    public String getSeatType() {
        return seatType;
    }

    public int getPriceCents() {
        return priceCents;
    }

    public int getFullPriceCents() {
        return fullPriceCents;
    }

    public TicketType getTicketType() {
        return ticketType;
    }

    /** Null while unused. */
    public Instant getCheckedInAt() {
        return checkedInAt;
    }
}
