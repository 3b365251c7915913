package com.cinema.cinema.domain;

import com.cinema.common.input.InputLimits;
import com.cinema.common.error.ValidationException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The rules of {@code cinemas(city, near, radiusKm)}: without {@code near} cinemas come by name and carry no
 * distance; with it they come nearest first with their distance, and {@code radiusKm} keeps only those within it.
 */
public final class CinemaSearch {

    /** A cinema found by a search, with its distance from {@code near} in kilometres (null without near). */
    public record Found(Cinema cinema, Double distanceKm) {
    }

    private final String city;
    private final GeoPoint near;
    private final Double radiusKm;

    private CinemaSearch(String city, GeoPoint near, Double radiusKm) {
        this.city = city;
        this.near = near;
        this.radiusKm = radiusKm;
    }

    /** A checked search: a radius needs a point and must be on the globe (VALIDATION on {@code radiusKm}). */
    public static CinemaSearch of(String city, GeoPoint near, Double radiusKm) {
        if (radiusKm != null) {
            if (near == null) {
                throw new ValidationException("radiusKm", "needs near: a radius is measured from a point");
            }
            InputLimits.radiusKm("radiusKm", radiusKm);
        }
        String trimmed = city == null || city.isBlank() ? null : city.strip();
        return new CinemaSearch(trimmed, near, radiusKm);
    }

    public String city() {
        return city;
    }

    /** Applies distance, radius and order to the cinemas of the city (already filtered by city). */
    public List<Found> apply(List<Cinema> cinemas) {
        if (near == null) {
            return cinemas.stream()
                    .sorted(Comparator.comparing((Cinema c) -> c.getName().toLowerCase(Locale.ROOT))
                            .thenComparing(Cinema::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(c -> new Found(c, null))
                    .toList();
        }
        return cinemas.stream()
                .map(c -> new Found(c, near.distanceKm(new GeoPoint(c.getLatitude(), c.getLongitude()))))
                .filter(f -> radiusKm == null || f.distanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(Found::distanceKm)
                        .thenComparing(f -> f.cinema().getName().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
