package com.cinema.booking.api;

import com.cinema.booking.domain.SeatEvent;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The GraphQL {@code SeatEvent}: one seat's status changed. */
@Type("SeatEvent")
public class SeatEventView {

    @Description("Increases with every event; ask for events after the last one seen")
    public int sequence;
    @Id
    @NonNull
    public String seatId;
    @NonNull
    public String label;
    @NonNull
    @Description("AVAILABLE, HELD or SOLD")
    public String status;
    @NonNull
    public OffsetDateTime occurredAt;

    static SeatEventView of(SeatEvent event) {
        SeatEventView view = new SeatEventView();
        view.sequence = (int) event.sequence();
        view.seatId = String.valueOf(event.seatId());
        view.label = event.label();
        view.status = event.status().name();
        view.occurredAt = event.occurredAt() == null ? null : event.occurredAt().atOffset(ZoneOffset.UTC);
        return view;
    }
}
