package com.cinema.gateway.api.cinema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * The public {@code Cinema} type, field for field the cinema service's; {@code auditoriums} is resolved by
 * {@link CinemaEstateGraphQlApi} only when asked for.
 */
public class Cinema {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String name;
    @NonNull
    public String address;
    @NonNull
    public String city;
    public double latitude;
    public double longitude;
    public String phone;
    @NonNull
    @Description("IANA time zone of the cinema, e.g. Europe/London")
    public String timeZone;
    @NonNull
    public List<@NonNull String> facilities;
    @Description("Whether holds here follow the seat rules (no single seat stranded; companion seats with their "
            + "wheelchair space)")
    public boolean seatRulesEnabled;
    @Description("Kilometres from the point given as near (haversine, rounded to 0.1 km); null without near")
    public Double distanceKm;
}
