package com.cinema.booking.client;

import java.util.List;

/** {@code auditorium(id) { id cinemaId name format capacity rows columns seats {...} }} of the cinema service. */
public class AuditoriumRef {
    public String id;
    public String cinemaId;
    public String name;
    public String format;
    public int capacity;
    public int rows;
    public int columns;
    public List<SeatRef> seats;
}
