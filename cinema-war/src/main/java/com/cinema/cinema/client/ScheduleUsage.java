package com.cinema.cinema.client;

/** The booking service's {@code ScheduleUsage}: future SCHEDULED showtimes, and those with seats held or sold. */
public class ScheduleUsage {

    public int futureShowtimes;
    public int futureShowtimesWithOccupiedSeats;
}
