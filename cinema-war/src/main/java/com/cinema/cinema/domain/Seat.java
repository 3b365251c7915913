package com.cinema.cinema.domain;

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
import jakarta.persistence.Version;

/** One seat of an auditorium, e.g. F7: its row label and number, its cell on the seat map and its type. */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "auditorium_id")
    private Auditorium auditorium;

    @Column(name = "row_label", nullable = false, length = 4)
    private String rowLabel;

    @Column(name = "seat_number", nullable = false)
    private int number;

    @Column(name = "grid_x", nullable = false)
    private int x;

    @Column(name = "grid_y", nullable = false)
    private int y;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_type", nullable = false, length = 20)
    private SeatType type;

    @Column(nullable = false)
    private boolean blocked;

    @Version
    private long version;

    protected Seat() {
        // for JPA
    }

    Seat(Auditorium auditorium, SeatLayout.PlannedSeat planned) {
        this.auditorium = auditorium;
        this.rowLabel = planned.rowLabel();
        this.number = planned.number();
        this.x = planned.x();
        this.y = planned.y();
        this.type = planned.type();
        this.blocked = planned.blocked();
    }

    /** This seat as a planned seat, to compare layouts. */
    SeatLayout.PlannedSeat planned() {
        return new SeatLayout.PlannedSeat(rowLabel, number, x, y, type, blocked);
    }

    /** Moves the seat to another cell (keeping its id and label). */
    void moveTo(int x, int y) {
        this.x = x;
        this.y = y;
    }

    /** Takes the type and blocked flag of the plan; the label stays (seats are matched by label). */
    void retype(SeatType type, boolean blocked) {
        this.type = type;
        this.blocked = blocked;
    }

    public Long getId() {
        return id;
    }

    /** What is printed on the seat and the ticket, e.g. "F7". */
    public String label() {
        return rowLabel + number;
    }

    public String getRowLabel() {
        return rowLabel;
    }

    public int getNumber() {
        return number;
    }

    public int getX() {
        return x;
    }

    public int getY() {
        return y;
    }

    public SeatType getType() {
        return type;
    }

    public boolean isBlocked() {
        return blocked;
    }
}
