package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public {@code Booking} type. Its plain fields are exactly the booking service's; {@code showtime},
 * {@code payment} and {@code customer} are resolvers ({@link BookingGraphQlApi}, {@code PaymentGraphQlApi},
 * {@code IdentityGraphQlApi}), each loaded in one batch per request.
 */
public class Booking {

    @Id
    @NonNull
    public String id;
    @NonNull
    @Description("Short code printed on tickets and quoted to staff")
    public String code;
    @Id
    @NonNull
    public String userId;
    @Id
    @NonNull
    public String showtimeId;
    @NonNull
    public List<@NonNull Ticket> tickets;
    @NonNull
    @Description("HELD, PAYMENT_PENDING, CONFIRMED, CANCELLED, EXPIRED, REFUNDED or FAILED")
    public String status;
    @Description("When an unpaid hold ends, ISO-8601 with offset (UTC)")
    public OffsetDateTime holdExpiresAt;
    public int subtotalCents;
    public int discountCents;
    public int totalCents;
    @NonNull
    public String currency;
    public String couponCode;
    @NonNull
    public OffsetDateTime createdAt;
}
