package com.cinema.booking.domain;

import com.cinema.persistence.TimestampedEntity;
import com.cinema.common.input.IsoCurrency;
import com.cinema.common.error.ConflictException;
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
import java.util.EnumSet;
import java.util.Set;

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

    /** The cinema's IANA time zone, copied when scheduled, so a calendar day is matched without a call. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** Sellable (not blocked) seats of the auditorium when scheduled. */
    @Column(nullable = false)
    private int capacity;

    /** What kind of screening it is (subtitled, relaxed, ...) as {@link ScreeningFeaturesColumn} writes it; '' for none. */
    @Column(nullable = false, length = 100)
    private String features = "";

    protected Showtime() {
        // for JPA
    }

    public Showtime(long movieId, long cinemaId, long auditoriumId, Instant startsAt, Instant endsAt,
                    int basePriceCents, String currency) {
        this(movieId, cinemaId, auditoriumId, startsAt, endsAt, basePriceCents, currency, "UTC", 0);
    }

    public Showtime(long movieId, long cinemaId, long auditoriumId, Instant startsAt, Instant endsAt,
                    int basePriceCents, String currency, String timeZone, int capacity) {
        this.status = ShowtimeStatus.SCHEDULED;
        reschedule(movieId, cinemaId, auditoriumId, startsAt, endsAt, basePriceCents, currency, timeZone, capacity);
    }

    /** Changes what, where, when and for how much; the caller has checked overlaps and held seats. */
    public void reschedule(long movieId, long cinemaId, long auditoriumId, Instant startsAt, Instant endsAt,
                           int basePriceCents, String currency, String timeZone, int capacity) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new ValidationException("endsAt", "must be after startsAt");
        }
        if (basePriceCents <= 0) {
            throw new ValidationException("basePriceCents", "must be greater than zero");
        }
        String zone = timeZone == null ? "UTC" : timeZone;
        try {
            java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new ValidationException("timeZone", "must be an IANA time zone");
        }
        this.movieId = movieId;
        this.cinemaId = cinemaId;
        this.auditoriumId = auditoriumId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.basePriceCents = basePriceCents;
        this.currency = IsoCurrency.require("currency", currency);
        this.timeZone = zone;
        this.capacity = Math.max(0, capacity);
    }

    /**
     * No longer takes place; the row stays so that bookings can be refunded. True when it was scheduled until now.
     * One that has started may still be cancelled (a breakdown stops the film and every ticket is refunded); one that
     * has ended has been shown, and a late click must not refund a whole audience: its bookings are refunded one by one.
     */
    public boolean cancel(Instant now) {
        if (status == ShowtimeStatus.CANCELLED) {
            return false;
        }
        if (hasEndedAt(now)) {
            throw new ConflictException("Showtime " + id + " ended at " + endsAt
                    + " and cannot be cancelled: refund its bookings one by one instead");
        }
        this.status = ShowtimeStatus.CANCELLED;
        return true;
    }

    /** Says what kind of screening it is; the caller has checked that no feature promised to buyers is taken away. */
    public void describeAs(Set<ScreeningFeature> newFeatures) {
        this.features = ScreeningFeaturesColumn.text(newFeatures);
    }

    /** The features {@code newFeatures} would take away from it. */
    public Set<ScreeningFeature> featuresDroppedBy(Set<ScreeningFeature> newFeatures) {
        EnumSet<ScreeningFeature> dropped = ScreeningFeaturesColumn.features(features);
        if (newFeatures != null) {
            dropped.removeAll(newFeatures);
        }
        return dropped;
    }

    public boolean isCancelled() {
        return status == ShowtimeStatus.CANCELLED;
    }

    /** Whether it is still scheduled in that auditorium (a hold re-checks this under its seat locks). */
    public boolean isScheduledIn(long auditorium) {
        return status == ShowtimeStatus.SCHEDULED && auditoriumId == auditorium;
    }

    /** Whether rescheduling to this auditorium and these times would move it (held seats forbid moving). */
    public boolean wouldMove(long toAuditoriumId, Instant toStart, Instant toEnd) {
        return auditoriumId != toAuditoriumId || !startsAt.equals(toStart) || !endsAt.equals(toEnd);
    }

    /** Whether it has been shown: it ended at or before {@code now}. */
    public boolean hasEndedAt(Instant now) {
        return !endsAt.isAfter(now);
    }

    /** Whether seats may still be held: scheduled and not yet started at {@code now}. */
    public boolean takesHoldsAt(Instant now) {
        return status == ShowtimeStatus.SCHEDULED && startsAt.isAfter(now);
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

    public String getTimeZone() {
        return timeZone;
    }

    public int getCapacity() {
        return capacity;
    }

    /** Its features in their listed order (a copy). */
    public Set<ScreeningFeature> getFeatures() {
        return ScreeningFeaturesColumn.features(features);
    }

}
