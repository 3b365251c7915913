package com.cinema.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One seat of a booking; label, type and price are copied when the seat is taken so the ticket never changes. */
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

    @Column(name = "price_cents", nullable = false)
    private int priceCents;

    /**
     * When the ticket was scanned at the door (V5), read with the ticket; only the door's conditional UPDATE
     * ({@code persistence.TicketCheckInTable}) writes it, never this entity.
     */
    @Column(name = "checked_in_at", insertable = false, updatable = false)
    private Instant checkedInAt;

    protected Ticket() {
        // for JPA
    }

    /** A ticket not yet part of a booking; {@link Booking} adopts it. */
    public Ticket(long seatId, String seatLabel, String seatType, int priceCents) {
        this.seatId = seatId;
        this.seatLabel = seatLabel;
        this.seatType = seatType;
        this.priceCents = priceCents;
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

    /** Null while unused. */
    public Instant getCheckedInAt() {
        return checkedInAt;
    }
}
