package com.cinema.gateway.api.cinema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The public {@code GeoPointInput}: where to measure cinema distances from. */
@Input("GeoPointInput")
public class GeoPointInput {

    @NonNull
    @Description("Degrees, -90 to 90")
    @NotNull(message = "is required")
    @DecimalMin(value = "-90", message = "must be between -90 and 90")
    @DecimalMax(value = "90", message = "must be between -90 and 90")
    public Double latitude;

    @NonNull
    @Description("Degrees, -180 to 180")
    @NotNull(message = "is required")
    @DecimalMin(value = "-180", message = "must be between -180 and 180")
    @DecimalMax(value = "180", message = "must be between -180 and 180")
    public Double longitude;
}
