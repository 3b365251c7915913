package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.persistence.TimestampedEntity;
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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A screen of a cinema with its seats, laid out on a grid; the seats belong to it and change only with it. */
@Entity
@Table(name = "auditorium")
public class Auditorium extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cinema_id", nullable = false)
    private long cinemaId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditoriumFormat format;

    @Column(name = "grid_rows", nullable = false)
    private int rows;

    @Column(name = "grid_columns", nullable = false)
    private int columns;

    @OneToMany(mappedBy = "auditorium", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("y, x")
    private List<Seat> seats = new ArrayList<>();

    protected Auditorium() {
        // for JPA
    }

    public static final int NAME_MAX_LENGTH = 100;

    /** A checked, trimmed auditorium name (VALIDATION on {@code name}). */
    public static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("name", "is required");
        }
        if (trimmed.length() > NAME_MAX_LENGTH) {
            throw new ValidationException("name", "must be at most " + NAME_MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    public Auditorium(long cinemaId, String name, AuditoriumFormat format, SeatLayout layout) {
        this.cinemaId = cinemaId;
        this.name = validName(name);
        this.format = format;
        this.rows = layout.rows();
        this.columns = layout.columns();
        layout.seats().forEach(planned -> seats.add(new Seat(this, planned)));
    }

    /** The seat map as it is stored now. */
    public SeatLayout layout() {
        return SeatLayout.ofStored(rows, columns, seats.stream().map(Seat::planned).toList());
    }

    public void rename(String name) {
        this.name = validName(name);
    }

    public void setFormat(AuditoriumFormat format) {
        this.format = format;
    }

    /**
     * Takes a new layout, keeping the id of every seat whose label stays (bookings and tickets refer to seat ids):
     * seats of other labels are deleted, new labels are inserted. {@code flush} writes pending changes to the
     * database; it runs between the steps so that no two seats ever share a cell or a label in the database,
     * even when seats swap places.
     */
    public void relayout(SeatLayout layout, Runnable flush) {
        Map<String, SeatLayout.PlannedSeat> planned = layout.byLabel();
        seats.removeIf(seat -> !planned.containsKey(seat.label()));
        flush.run();
        int parked = 0;
        for (Seat seat : seats) {
            SeatLayout.PlannedSeat target = planned.get(seat.label());
            if (seat.getX() != target.x() || seat.getY() != target.y()) {
                // Off the grid for a moment, in a cell no real seat can have (the grid is at most 80 x 60).
                seat.moveTo(1000 + parked++, 1000);
            }
        }
        if (parked > 0) {
            flush.run();
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (Seat seat : seats) {
            SeatLayout.PlannedSeat target = planned.get(seat.label());
            seat.moveTo(target.x(), target.y());
            seat.retype(target.type(), target.blocked());
            kept.add(seat.label());
        }
        layout.seats().stream().filter(p -> !kept.contains(p.label())).forEach(p -> seats.add(new Seat(this, p)));
        this.rows = layout.rows();
        this.columns = layout.columns();
        flush.run();
        seats.sort(java.util.Comparator.comparingInt(Seat::getY).thenComparingInt(Seat::getX));
    }

    /** The seats that can be sold: every seat that is not blocked. */
    public int capacity() {
        return (int) seats.stream().filter(seat -> !seat.isBlocked()).count();
    }

    public Long getId() {
        return id;
    }

    public long getCinemaId() {
        return cinemaId;
    }

    public String getName() {
        return name;
    }

    public AuditoriumFormat getFormat() {
        return format;
    }

    public int getRows() {
        return rows;
    }

    public int getColumns() {
        return columns;
    }

    /** Front to back, left to right. */
    public List<Seat> getSeats() {
        return Collections.unmodifiableList(seats);
    }

}
