package com.cinema.gateway.seatevents;

import java.time.OffsetDateTime;

/** One seat status change, numbered by the booking service's database (the same for every replica). */
public class SeatEvent {

    public int sequence;
    public String seatId;
    public String label;
    public String status;
    public OffsetDateTime occurredAt;
}
