package com.cinema.gateway.api.cinema;

import com.cinema.common.input.InputLimits;
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
    @DecimalMin(value = InputLimits.LATITUDE_MIN, message = InputLimits.LATITUDE_RANGE)
    @DecimalMax(value = InputLimits.LATITUDE_MAX, message = InputLimits.LATITUDE_RANGE)
    public Double latitude;

    @NonNull
    @Description("Degrees, -180 to 180")
    @NotNull(message = "is required")
    @DecimalMin(value = InputLimits.LONGITUDE_MIN, message = InputLimits.LONGITUDE_RANGE)
    @DecimalMax(value = InputLimits.LONGITUDE_MAX, message = InputLimits.LONGITUDE_RANGE)
    public Double longitude;
}
