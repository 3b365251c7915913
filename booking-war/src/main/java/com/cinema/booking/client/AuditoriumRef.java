package com.cinema.booking.client;

import java.util.List;

/**
 * {@code auditorium(id) { id cinemaId name format capacity rows columns seatRulesEnabled seats {...} }} of the
 * cinema service.
 */
public class AuditoriumRef {
    public String id;
    public String cinemaId;
    public String name;
    public String format;
    public int capacity;
    public int rows;
    public int columns;
    /** Whether the auditorium's cinema applies the seat rules (issue #21). */
    public boolean seatRulesEnabled;
    public List<SeatRef> seats;
}
