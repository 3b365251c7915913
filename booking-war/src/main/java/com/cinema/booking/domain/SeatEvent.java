package com.cinema.booking.domain;

import java.time.Instant;

/** One change of a seat's status as stored; {@code sequence} orders the events of all replicas. */
public record SeatEvent(long sequence, long seatId, String label, SeatStatus status, Instant occurredAt) {
}
