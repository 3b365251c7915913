package com.cinema.gateway.api.waitlist;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/**
 * The public {@code WaitlistEntry} type (issue #21): its plain fields are exactly the booking service's; {@code showtime}
 * is a resolver ({@link WaitlistGraphQlApi}) loaded in one batch per request.
 */
public class WaitlistEntry {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String showtimeId;
    @Description("Seats wanted, 1 to 10")
    public int seats;
    @NonNull
    @Description("WAITING, OFFERED (seats held for the customer as bookingId until offerExpiresAt: pay for it like any "
            + "hold), ACCEPTED (the offer was bought), EXPIRED (the offer ran out unpaid and went to the next entry), LEFT "
            + "or CLOSED (the showtime was cancelled, or started while the entry still waited)")
    public String status;
    @Description("Place among the showtime's waiting entries, 1 = next; 0 once no longer waiting")
    public int position;
    @Id
    @Description("The held booking offered to the customer, once OFFERED")
    public String bookingId;
    @Description("When the offer ends unpaid, ISO-8601 with offset (UTC)")
    public OffsetDateTime offerExpiresAt;
    @NonNull
    @Description("When the customer joined, ISO-8601 with offset (UTC)")
    public OffsetDateTime createdAt;
}
