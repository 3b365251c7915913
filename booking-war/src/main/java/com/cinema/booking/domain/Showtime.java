package com.cinema.booking.domain;

import com.cinema.persistence.TimestampedEntity;
import com.cinema.common.input.IsoCurrency;
import com.cinema.common.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One screening of a movie in an auditorium. Movie, cinema and auditorium belong to other services and are
 * referenced by id. Times are instants (stored in UTC); the price of a seat starts from the base price.
 */
@Entity
@Table(name = "showtime")
public class Showtime extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "movie_id", nullable = false)
    private long movieId;

    @Column(name = "cinema_id", nullable = false)
    private long cinemaId;

    @Column(name = "auditorium_id", nullable = false)
    private long auditoriumId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "base_price_cents", nullable = false)
    private int basePriceCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShowtimeStatus status;

    protected Showtime() {
        // for JPA
    }

    public Showtime(long movieId, long cinemaId, long auditoriumId, Instant startsAt, Instant endsAt,
                    int basePriceCents, String currency) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new ValidationException("endsAt", "must be after startsAt");
        }
        if (basePriceCents < 0) {
            throw new ValidationException("basePriceCents", "must not be negative");
        }
        this.movieId = movieId;
        this.cinemaId = cinemaId;
        this.auditoriumId = auditoriumId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.basePriceCents = basePriceCents;
        this.currency = IsoCurrency.require("currency", currency);
        this.status = ShowtimeStatus.SCHEDULED;
    }

    public Long getId() {
        return id;
    }

    public long getMovieId() {
        return movieId;
    }

    public long getCinemaId() {
        return cinemaId;
    }

    public long getAuditoriumId() {
        return auditoriumId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getBasePriceCents() {
        return basePriceCents;
    }

    public String getCurrency() {
        return currency;
    }

    public ShowtimeStatus getStatus() {
        return status;
    }

}
