package com.cinema.cinema.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL {@code GeoPointInput}: a point to measure distances from; the domain checks the ranges. */
@Input("GeoPointInput")
public class GeoPointInput {

    @NonNull
    @Description("Degrees, -90 to 90")
    public Double latitude;

    @NonNull
    @Description("Degrees, -180 to 180")
    public Double longitude;
}
