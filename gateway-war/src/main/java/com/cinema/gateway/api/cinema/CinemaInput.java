package com.cinema.gateway.api.cinema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The public {@code CinemaInput}: a cinema as staff describe it. The cinema service checks every rule again. */
@Input("CinemaInput")
public class CinemaInput {

    @NonNull
    @Description("Unique across the chain, ignoring case")
    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most {max} characters")
    public String name;

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = 300, message = "must be at most {max} characters")
    public String address;

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most {max} characters")
    public String city;

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

    @Description("Optional; omitted or empty means none")
    @Size(max = 40, message = "must be at most {max} characters")
    public String phone;

    @NonNull
    @Description("IANA time zone of the cinema, e.g. Europe/London")
    @NotBlank(message = "is required")
    @Size(max = 64, message = "must be at most {max} characters")
    public String timeZone;

    // Not List<@NonNull String>: SmallRye 1.0 would make the list itself required. The domain rejects blanks.
    @Description("Facility names, e.g. WHEELCHAIR_ACCESS, HEARING_LOOP, PARKING; omitted means none")
    public List<String> facilities;
}
