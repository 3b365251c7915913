package com.cinema.cinema.domain;

import com.cinema.common.input.InputLimits;
import com.cinema.persistence.TimestampedEntity;
import com.cinema.common.error.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * A cinema of the chain: where it is, its local time zone and what it offers. Auditoriums refer to it by id.
 * Every rule on its fields is checked here, naming the field as the GraphQL input spells it.
 */
@Entity
@Table(name = "cinema")
public class Cinema extends TimestampedEntity {

    // Shared with the gateway's public CinemaInput: the limits of public inputs are defined once.
    public static final int NAME_MAX_LENGTH = InputLimits.CINEMA_NAME_MAX_LENGTH;
    public static final int ADDRESS_MAX_LENGTH = InputLimits.CINEMA_ADDRESS_MAX_LENGTH;
    public static final int CITY_MAX_LENGTH = InputLimits.CINEMA_CITY_MAX_LENGTH;
    public static final int PHONE_MAX_LENGTH = InputLimits.CINEMA_PHONE_MAX_LENGTH;
    public static final int TIME_ZONE_MAX_LENGTH = InputLimits.TIME_ZONE_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(length = 40)
    private String phone;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** Issue #21: no hold may leave a single seat stranded, companion seats go with their wheelchair space. */
    @Column(name = "seat_rules_enabled", nullable = false)
    private boolean seatRulesEnabled = true;

    /** On a draft: whether staff said anything about the seat rules (an update without it keeps them as they are). */
    @Transient
    private boolean seatRulesGiven;

    @ElementCollection
    @CollectionTable(name = "cinema_facility", joinColumns = @JoinColumn(name = "cinema_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "facility", nullable = false, length = 40)
    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    protected Cinema() {
        // for JPA
    }

    public Cinema(String name, String address, String city, double latitude, double longitude, String timeZone) {
        this.name = requiredText("name", name, NAME_MAX_LENGTH);
        this.address = requiredText("address", address, ADDRESS_MAX_LENGTH);
        this.city = requiredText("city", city, CITY_MAX_LENGTH);
        this.latitude = coordinate("latitude", latitude, 90);
        this.longitude = coordinate("longitude", longitude, 180);
        this.timeZone = zone(timeZone).getId();
    }

    /** Trimmed, not blank, and short enough for its column. */
    private static String requiredText(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, "is required");
        }
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Six decimal places locate a door to about ten centimetres, which is all the column keeps. */
    private static BigDecimal coordinate(String field, double degrees, int limit) {
        if (Double.isNaN(degrees) || Math.abs(degrees) > limit) {
            throw new ValidationException(field, "must be between -" + limit + " and " + limit);
        }
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
    }

    /** A region, not a fixed offset: a cinema's offset changes with daylight saving time. */
    private static ZoneId zone(String timeZone) {
        try {
            ZoneId zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
            if (!(zone instanceof ZoneOffset)) {
                return zone;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new ValidationException("timeZone", "must be an IANA time zone such as Europe/London");
    }

    /** Takes every field of a checked draft (built with the constructor and setters): name, place, zone, facilities. */
    public void updateFrom(Cinema draft) {
        this.name = draft.name;
        this.address = draft.address;
        this.city = draft.city;
        this.latitude = draft.latitude;
        this.longitude = draft.longitude;
        this.phone = draft.phone;
        this.timeZone = draft.timeZone;
        if (draft.seatRulesGiven) {
            this.seatRulesEnabled = draft.seatRulesEnabled;
        }
        setFacilities(draft.facilities);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public double getLatitude() {
        return latitude.doubleValue();
    }

    public double getLongitude() {
        return longitude.doubleValue();
    }

    public String getPhone() {
        return phone;
    }

    /** Optional: null or blank removes the number. */
    public void setPhone(String phone) {
        String trimmed = phone == null ? "" : phone.strip();
        if (trimmed.length() > PHONE_MAX_LENGTH) {
            throw new ValidationException("phone", "must be at most " + PHONE_MAX_LENGTH + " characters");
        }
        this.phone = trimmed.isEmpty() ? null : trimmed;
    }

    /** Whether the booking service applies the seat rules to this cinema's showtimes (default on). */
    public boolean isSeatRulesEnabled() {
        return seatRulesEnabled;
    }

    /** Null means not said: on for a new cinema, unchanged by an update. */
    public void setSeatRulesEnabled(Boolean enabled) {
        this.seatRulesGiven = enabled != null;
        this.seatRulesEnabled = enabled == null || enabled;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Set<Facility> getFacilities() {
        return facilities;
    }

    public void setFacilities(Set<Facility> facilities) {
        this.facilities = facilities.isEmpty() ? EnumSet.noneOf(Facility.class) : EnumSet.copyOf(facilities);
    }

}
