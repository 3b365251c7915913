package com.cinema.booking.api;

import com.cinema.booking.notification.TicketResend;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code TicketsSent} type: a copy of a booking's tickets queued by e-mail. */
@Type("TicketsSent")
@Description("A confirmed booking's tickets, with their QR code, queued to be e-mailed again")
public class TicketsSentView {

    @Id
    @NonNull
    public String bookingId;
    @NonNull
    @Description("The address it goes to: the customer's account e-mail address now")
    public String recipient;
    @NonNull
    @Description("When it was queued, in UTC")
    public OffsetDateTime queuedAt;
    @Description("How many more times the customer may ask for this booking's tickets (0: no more)")
    public int sendsLeft;

    static TicketsSentView of(TicketResend.Sent sent) {
        TicketsSentView view = new TicketsSentView();
        view.bookingId = String.valueOf(sent.bookingId());
        view.recipient = sent.recipient();
        view.queuedAt = sent.queuedAt().atOffset(ZoneOffset.UTC);
        view.sendsLeft = sent.copiesLeft();
        return view;
    }
}
