package com.cinema.cinema.domain;

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

    public Auditorium(long cinemaId, String name, AuditoriumFormat format, SeatLayout layout) {
        this.cinemaId = cinemaId;
        this.name = name;
        this.format = format;
        this.rows = layout.rows();
        this.columns = layout.columns();
        layout.seats().forEach(planned -> seats.add(new Seat(this, planned)));
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
