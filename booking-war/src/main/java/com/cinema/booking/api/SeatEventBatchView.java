package com.cinema.booking.api;

import com.cinema.booking.domain.SeatEventFeed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL {@code SeatEventBatch}: events of one showtime and where to continue. */
@Type("SeatEventBatch")
public class SeatEventBatchView {

    @Id
    @NonNull
    public String showtimeId;
    @Description("Pass as after next time")
    public int lastSequence;
    @NonNull
    public List<@NonNull SeatEventView> events;

    static SeatEventBatchView of(SeatEventFeed.Batch batch) {
        SeatEventBatchView view = new SeatEventBatchView();
        view.showtimeId = String.valueOf(batch.showtimeId());
        view.lastSequence = (int) batch.lastSequence();
        view.events = batch.events().stream().map(SeatEventView::of).toList();
        return view;
    }
}
