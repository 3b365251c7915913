package com.cinema.cinema.api;

import com.cinema.common.input.InputLimits;
import com.cinema.cinema.domain.Cinema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The GraphQL {@code CinemaInput}: a cinema as staff describe it. The domain checks every rule again. */
@Input("CinemaInput")
public class CinemaInput {

    @NonNull
    @Description("Unique across the chain, ignoring case")
    @NotBlank(message = "is required")
    @Size(max = Cinema.NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String name;

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = Cinema.ADDRESS_MAX_LENGTH, message = "must be at most {max} characters")
    public String address;

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = Cinema.CITY_MAX_LENGTH, message = "must be at most {max} characters")
    public String city;

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

    @Description("Optional; omitted or empty means none")
    @Size(max = Cinema.PHONE_MAX_LENGTH, message = "must be at most {max} characters")
    public String phone;

    @NonNull
    @Description("IANA time zone of the cinema, e.g. Europe/London")
    @NotBlank(message = "is required")
    @Size(max = Cinema.TIME_ZONE_MAX_LENGTH, message = "must be at most {max} characters")
    public String timeZone;

    // Not List<@NonNull String>: SmallRye 1.0 would make the list itself required. The domain rejects blanks.
    @Description("Facility names, e.g. WHEELCHAIR_ACCESS, HEARING_LOOP, PARKING; omitted means none")
    public List<String> facilities;

    @Description("Seat rules (no single seat left stranded in a row; companion seats only with their wheelchair "
            + "space until shortly before the show): omitted means on for a new cinema and unchanged for an update")
    public Boolean seatRulesEnabled;
}
