package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** The public {@code Notice} type: a message about a booking or a waitlist place; fields match the booking service's. */
@Type("Notice")
@Description("A message the platform sent, or is to send, the customer about one of their bookings or waitlist places")
public class Notice {

    @Id
    @NonNull
    public String id;
    @NonNull
    @Description("BOOKING_CONFIRMED, BOOKING_CANCELLED, SHOWTIME_CANCELLED, WAITLIST_OFFER, BOOKING_REMINDER, WAITLIST_CLOSED "
            + "or TICKETS_SENT_AGAIN")
    public String kind;
    @NonNull
    @Description("EMAIL or SMS")
    public String channel;
    @Description("The e-mail address it is addressed to (EMAIL); null for SMS, whose number is looked up when it is sent")
    public String recipient;
    @NonNull
    @Description("PENDING, SENT, FAILED or SKIPPED (nothing to send on this channel, e.g. not opted in to SMS)")
    public String status;
    @Id
    @Description("The booking it is about, if any")
    public String bookingId;
    @Id
    @Description("The waitlist place it is about, if any")
    public String waitlistEntryId;
    @NonNull
    @Description("When it was queued, ISO-8601 with offset (UTC)")
    public OffsetDateTime createdAt;
    @Description("When it was handed to the mail or SMS provider, ISO-8601 with offset (UTC)")
    public OffsetDateTime sentAt;
}
