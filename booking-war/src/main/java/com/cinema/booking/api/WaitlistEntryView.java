package com.cinema.booking.api;

import com.cinema.booking.domain.WaitlistEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code WaitlistEntry} type: a customer's place on a sold-out showtime's waitlist. */
@Type("WaitlistEntry")
public class WaitlistEntryView {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String showtimeId;
    @Description("Seats wanted, 1 to 10")
    public int seats;
    @NonNull
    @Description("WAITING, OFFERED (seats held for the customer: bookingId, until offerExpiresAt), ACCEPTED (the offer "
            + "was bought), EXPIRED (the offer ran out unpaid), LEFT or CLOSED (the showtime was cancelled or started "
            + "first)")
    public String status;
    @Description("Place among the showtime's waiting entries, 1 = next; 0 once no longer waiting")
    public int position;
    @Id
    @Description("The held booking offered to the customer, once OFFERED")
    public String bookingId;
    @Description("When the offer ends unpaid, ISO-8601 in UTC")
    public OffsetDateTime offerExpiresAt;
    @NonNull
    @Description("When the customer joined, ISO-8601 in UTC")
    public OffsetDateTime createdAt;

    static WaitlistEntryView of(WaitlistEntry entry) {
        WaitlistEntryView view = new WaitlistEntryView();
        view.id = String.valueOf(entry.id());
        view.showtimeId = String.valueOf(entry.showtimeId());
        view.seats = entry.seats();
        view.status = entry.status().name();
        view.position = entry.position();
        view.bookingId = entry.bookingId() == null ? null : String.valueOf(entry.bookingId());
        view.offerExpiresAt = entry.offerExpiresAt() == null ? null : entry.offerExpiresAt().atOffset(ZoneOffset.UTC);
        view.createdAt = entry.createdAt().atOffset(ZoneOffset.UTC);
        return view;
    }
}
