package com.cinema.booking.api;

import com.cinema.booking.domain.CustomerNotice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code Notice} type: one message to the customer on one channel, without its delivery internals. */
@Type("Notice")
@Description("A message the platform sent, or is to send, a customer about one of their bookings or waitlist places")
public class NoticeView {

    @Id
    @NonNull
    public String id;
    @NonNull
    @Description("BOOKING_CONFIRMED, BOOKING_CANCELLED, SHOWTIME_CANCELLED, WAITLIST_OFFER, BOOKING_REMINDER, "
            + "WAITLIST_CLOSED or TICKETS_SENT_AGAIN")
    public String kind;
    @NonNull
    @Description("EMAIL or SMS")
    public String channel;
    @Description("The e-mail address it is addressed to (EMAIL); null for SMS, whose number is looked up when it is "
            + "sent")
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
    @Description("When it was queued, in UTC")
    public OffsetDateTime createdAt;
    @Description("When it was handed to the mail or SMS provider (SENT only), in UTC")
    public OffsetDateTime sentAt;

    static NoticeView of(CustomerNotice notice) {
        NoticeView view = new NoticeView();
        view.id = String.valueOf(notice.id());
        view.kind = notice.kind().name();
        view.channel = notice.channel();
        view.recipient = notice.emailAddress();
        view.status = notice.status();
        view.bookingId = notice.bookingId() == null ? null : String.valueOf(notice.bookingId());
        view.waitlistEntryId = notice.waitlistEntryId() == null ? null : String.valueOf(notice.waitlistEntryId());
        view.createdAt = notice.createdAt().atOffset(ZoneOffset.UTC);
        view.sentAt = utc(notice.sentAt());
        return view;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
