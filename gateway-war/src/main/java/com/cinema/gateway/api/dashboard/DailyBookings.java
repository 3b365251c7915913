package com.cinema.gateway.api.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Confirmed bookings made on one UTC day (from the booking service). */
@Description("Bookings confirmed (and not since cancelled or refunded) that were made on one UTC day")
public class DailyBookings {
    @NonNull
    public LocalDate date;
    public int bookings;
    public int ticketsSold;
}
