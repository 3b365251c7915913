package com.cinema.gateway.seatevents;

import java.util.List;

/** The booking service's answer to {@code seatEvents(showtimeId, after)}: changes after a sequence number. */
public class SeatEventBatch {

    public String showtimeId;
    public int lastSequence;
    public List<SeatEvent> events;
}
