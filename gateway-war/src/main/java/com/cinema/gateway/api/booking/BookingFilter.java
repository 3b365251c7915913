package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.OffsetDateTime;

/** The public {@code BookingFilter} input (staff); every field is optional. */
@Input("BookingFilter")
public class BookingFilter {

    @Description("HELD, PAYMENT_PENDING, CONFIRMED, CANCELLED, EXPIRED, REFUNDED or FAILED")
    public String status;
    @Id
    public String userId;
    @Id
    public String showtimeId;
    @Description("Created at or after this instant")
    public OffsetDateTime from;
    @Description("Created before this instant")
    public OffsetDateTime to;
    @Description("The booking's code, as printed on its tickets; any case")
    public String code;
}
