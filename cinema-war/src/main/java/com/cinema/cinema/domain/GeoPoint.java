package com.cinema.cinema.domain;

import com.cinema.common.input.InputLimits;

/** A point on the Earth in decimal degrees; distances between points follow the haversine formula. */
public record GeoPoint(double latitude, double longitude) {

    /** The mean Earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** A checked point; a coordinate off the globe is a VALIDATION error on {@code <field>.latitude} or {@code .longitude}. */
    public static GeoPoint of(String field, Double latitude, Double longitude) {
        return new GeoPoint(InputLimits.coordinate(field + ".latitude", latitude, InputLimits.LATITUDE_LIMIT),
                InputLimits.coordinate(field + ".longitude", longitude, InputLimits.LONGITUDE_LIMIT));
    }

    /** Great-circle distance in kilometres by the haversine formula on a sphere of {@link #EARTH_RADIUS_KM}. */
    public double distanceKm(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = Math.toRadians(other.latitude - latitude);
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
