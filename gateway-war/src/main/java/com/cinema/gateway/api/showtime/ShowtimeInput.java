package com.cinema.gateway.api.showtime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** A showtime to schedule or reschedule (staff). Checked here at the edge and again by the booking service. */
@Input("ShowtimeInput")
public class ShowtimeInput {

    @Id
    @NonNull
    @NotBlank
    public String movieId;
    @Id
    @NonNull
    @NotBlank
    public String auditoriumId;
    @NonNull
    @NotNull
    @Description("Start, ISO-8601 with offset")
    public OffsetDateTime startsAt;
    @Min(0)
    @Max(100_000_00)
    @Description("Price of a standard seat in minor units of the currency")
    public int basePriceCents;
    @NonNull
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
    public String currency;
}
