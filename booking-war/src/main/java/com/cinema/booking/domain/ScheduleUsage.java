package com.cinema.booking.domain;

/** How many future scheduled showtimes use something, and how many of those have seats held or sold. */
public record ScheduleUsage(int futureShowtimes, int futureShowtimesWithOccupiedSeats) {
}
