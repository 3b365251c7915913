package com.cinema.movie.client;

/** The booking service's answer to "which showtimes still use this movie?" (contracts: scheduleUsage). */
public class ScheduleUsage {

    public int futureShowtimes;
    public int futureShowtimesWithOccupiedSeats;
}
